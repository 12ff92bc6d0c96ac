using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;
using VixShield.Grid.Tests.Reports;
using VixShield.Grid.Worker;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Tests;

/// <summary>What a worker returns beside the metrics: the per-block return statistics PBO needs and the walk-forward in-sample scores.</summary>
public sealed class SweepRunTests(ReportDataset data)
{
    private const string Sweep = """
        name: blocks
        data: data
        period: { from: 2019-01-02, to: 2021-03-31 }
        rank_by: -max_drawdown
        walk_forward: { in_sample_years: 1, out_of_sample_years: 1 }
        grid:
          entry.every_days: [1, 5]
          hedge.increment: [0.2, 0.3]
        """;

    [Fact]
    public async Task Each_set_carries_sixteen_blocks_of_exactly_its_daily_returns()
    {
        var run = await data.PrepareAsync(Sweep);

        for (long i = 0; i < run.Sweep.Grid.Count; i++)
        {
            var result = run.RunSet(i);
            var direct = Backtest.Run(run.Market, run.Sweep.Grid.At(i), run.Options);
            var expected = ReturnBlocks.Split(direct.DailyReturns());

            Assert.Equal(ReturnBlocks.DefaultBlockCount, result.Blocks!.Length);
            Assert.Equal(expected, result.Blocks);   // record structs: bit-equal doubles
            Assert.Equal(direct.Equity.Length, result.Blocks.Sum(b => b.Count));
            Assert.InRange(result.Blocks.Max(b => b.Count) - result.Blocks.Min(b => b.Count), 0, 1);
        }
    }

    [Fact]
    public async Task Walk_forward_scores_are_the_rank_by_score_of_a_fresh_run_on_each_in_sample_window_alone()
    {
        var run = await data.PrepareAsync(Sweep);
        var dates = run.Market.Tape.Dates;

        // 2019-01-02 .. 2021-03-31 with 1 year in, 1 out: in sample 2019-01-02..2020-01-01, then 2020-01-02..2021-01-01.
        Assert.Equal(2, run.InSampleWindows.Count);
        var first = run.InSampleWindows[0];
        Assert.Equal(20190102, dates[first.FromSnapshot]);
        Assert.True(dates[first.ToSnapshot] <= 20200101 && dates[first.ToSnapshot + 1] >= 20200102);
        var second = run.InSampleWindows[1];
        Assert.True(dates[second.FromSnapshot] >= 20200102 && dates[second.FromSnapshot - 1] <= 20200101);
        Assert.True(dates[second.ToSnapshot] <= 20210101 && dates[second.ToSnapshot + 1] >= 20210102);

        for (long i = 0; i < run.Sweep.Grid.Count; i++)
        {
            var scores = run.RunSet(i).WindowScores!;
            Assert.Equal(2, scores.Length);
            for (int k = 0; k < 2; k++)
            {
                var alone = Backtest.Run(run.Market, run.Sweep.Grid.At(i), new BacktestOptions(1_000_000, run.InSampleWindows[k].FromSnapshot, run.InSampleWindows[k].ToSnapshot));
                Assert.Equal(-alone.Metrics.MaxDrawdown, scores[k]);   // -max_drawdown: the score is the metric negated, higher is better
            }
        }
    }

    [Fact]
    public async Task Without_walk_forward_no_scores_travel()
    {
        var run = await data.PrepareAsync(Sweep.Replace("walk_forward: { in_sample_years: 1, out_of_sample_years: 1 }\n", ""));
        Assert.Empty(run.InSampleWindows);
        Assert.Null(run.RunSet(0).WindowScores);
    }

    [Fact]
    public async Task A_period_too_short_for_one_out_of_sample_window_is_refused_by_name()
    {
        var e = await Assert.ThrowsAsync<ParameterException>(() => data.PrepareAsync(Sweep.Replace("in_sample_years: 1", "in_sample_years: 3")));
        Assert.Equal("walk_forward", e.Parameter);
        Assert.Contains("is not longer than in_sample_years 3", e.Message);
    }
}
