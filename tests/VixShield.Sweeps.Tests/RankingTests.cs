using VixShield.Core.Engine;
using VixShield.Sweeps.Ranking;

namespace VixShield.Sweeps.Tests;

public sealed class RankingTests
{
    private static BacktestMetrics Metrics(double irr = 0.1, double maxDrawdown = 0.2, int hedgeLayers = 3) =>
        new(irr, 0.08, maxDrawdown, 40, 1.2, 1.5, 0.4, 0.7, 1.8, 250, -9000, -0.03, 0.15, 120, hedgeLayers, 1_500_000);

    [Fact]
    public void Every_metric_name_reads_its_own_field()
    {
        var m = Metrics();
        double[] expected = [0.1, 0.08, 0.2, 40, 1.2, 1.5, 0.4, 0.7, 1.8, 250, -9000, -0.03, 0.15, 120, 3, 1_500_000];
        Assert.Equal(["irr", "cagr", "max_drawdown", "max_dd_days", "sharpe", "sortino", "calmar", "win_rate", "profit_factor",
            "avg_trade", "worst_trade", "cvar_95", "hedge_cost_share", "trades", "hedge_layers", "final_equity"], MetricTable.Names);
        Assert.Equal(expected, MetricTable.Names.Select(n => MetricTable.ValueOf(m, n)));
    }

    [Theory]
    [InlineData("max_drawdown <= 0.25", ComparisonOperator.AtMost, 0.25)]
    [InlineData("sharpe>1", ComparisonOperator.Above, 1)]
    [InlineData(" irr >= -0.05 ", ComparisonOperator.AtLeast, -0.05)]
    [InlineData("trades < 1e3", ComparisonOperator.Below, 1000)]
    [InlineData("hedge_layers == 0", ComparisonOperator.EqualTo, 0)]
    public void Constraints_parse_metric_operator_and_threshold(string text, ComparisonOperator op, double threshold)
    {
        var constraint = Constraint.Parse(text);
        Assert.Equal(op, constraint.Operator);
        Assert.Equal(threshold, constraint.Threshold);
    }

    [Fact]
    public void Constraints_compare_at_the_boundary_and_fail_on_NaN()
    {
        var atMost = Constraint.Parse("max_drawdown <= 0.25");
        var below = Constraint.Parse("max_drawdown < 0.25");
        var none = Constraint.Parse("hedge_layers == 0");
        Assert.True(atMost.IsMetBy(Metrics(maxDrawdown: 0.25)));
        Assert.False(below.IsMetBy(Metrics(maxDrawdown: 0.25)));
        Assert.False(atMost.IsMetBy(Metrics(maxDrawdown: 0.2500001)));
        Assert.False(atMost.IsMetBy(Metrics(maxDrawdown: double.NaN)));
        Assert.False(Constraint.Parse("max_drawdown > 0.25").IsMetBy(Metrics(maxDrawdown: double.NaN)));
        Assert.True(none.IsMetBy(Metrics(hedgeLayers: 0)));
        Assert.False(none.IsMetBy(Metrics(hedgeLayers: 1)));
        Assert.Equal("max_drawdown <= 0.25", atMost.ToString());
    }

    [Fact]
    public void Rank_by_parses_a_leading_minus_as_lowest_first()
    {
        Assert.Equal(new RankBy("irr", true), RankBy.Parse("irr"));
        Assert.Equal(new RankBy("max_drawdown", false), RankBy.Parse("-max_drawdown"));
        Assert.Equal("-max_drawdown", RankBy.Parse("-max_drawdown").ToString());
    }

    [Fact]
    public void Ranking_puts_the_best_first_and_NaN_last()
    {
        var a = Metrics(irr: 0.05, maxDrawdown: 0.30);
        var b = Metrics(irr: 0.12, maxDrawdown: 0.10);
        var c = Metrics(irr: double.NaN, maxDrawdown: double.NaN);
        var d = Metrics(irr: -0.02, maxDrawdown: 0.20);
        BacktestMetrics[] all = [c, a, d, b];

        Assert.Equal([b, a, d, c], all.Order(RankBy.Parse("irr")));
        Assert.Equal([b, d, a, c], all.Order(RankBy.Parse("-max_drawdown")));
        Assert.Equal(-0.1, RankBy.Parse("-max_drawdown").ScoreOf(b));
    }
}
