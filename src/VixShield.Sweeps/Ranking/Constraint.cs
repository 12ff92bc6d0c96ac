using System.Globalization;
using System.Text.RegularExpressions;
using VixShield.Core.Engine;

namespace VixShield.Sweeps.Ranking;

/// <summary>A condition a parameter set's metrics must meet, e.g. <c>max_drawdown &lt;= 0.25</c>; a NaN metric never meets it.</summary>
public sealed partial record Constraint(string Metric, ComparisonOperator Operator, double Threshold)
{
    private static readonly (string Symbol, ComparisonOperator Operator)[] Symbols =
    [
        ("<=", ComparisonOperator.AtMost), ("<", ComparisonOperator.Below),
        (">=", ComparisonOperator.AtLeast), (">", ComparisonOperator.Above), ("==", ComparisonOperator.EqualTo),
    ];

    /// <summary>Parses <c>metric op number</c> (op one of &lt;=, &lt;, &gt;=, &gt;, ==); errors are <see cref="SweepException"/> keyed by <paramref name="key"/>.</summary>
    public static Constraint Parse(string text, string key = "constraints")
    {
        var match = Shape().Match(text);
        if (!match.Success)
            throw new SweepException(key, $"\"{text}\" is not a constraint; write metric op number with op one of <=, <, >=, >, == (e.g. max_drawdown <= 0.25)");
        string metric = match.Groups[1].Value;
        MetricTable.Find(metric, key);
        string symbol = match.Groups[2].Value;
        var op = Symbols.FirstOrDefault(s => s.Symbol == symbol);
        if (op.Symbol is null)
            throw new SweepException(key, $"\"{symbol}\" is not an operator; use one of <=, <, >=, >, ==");
        if (!double.TryParse(match.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold) || !double.IsFinite(threshold))
            throw new SweepException(key, $"\"{match.Groups[3].Value}\" is not a number");
        return new Constraint(metric, op.Operator, threshold);
    }

    /// <summary>True when the metric meets the threshold; a NaN metric (undefined) fails.</summary>
    public bool IsMetBy(BacktestMetrics metrics)
    {
        double value = MetricTable.ValueOf(metrics, Metric);
        return !double.IsNaN(value) && Operator switch
        {
            ComparisonOperator.AtMost => value <= Threshold,
            ComparisonOperator.Below => value < Threshold,
            ComparisonOperator.AtLeast => value >= Threshold,
            ComparisonOperator.Above => value > Threshold,
            ComparisonOperator.EqualTo => value == Threshold,
            _ => false,
        };
    }

    public override string ToString() =>
        $"{Metric} {Symbols.First(s => s.Operator == Operator).Symbol} {Threshold.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^\s*([A-Za-z_0-9]+)\s*([<>=!]+)\s*(\S+)\s*$")]
    private static partial Regex Shape();
}
