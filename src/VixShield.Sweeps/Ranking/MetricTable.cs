using VixShield.Core.Engine;

namespace VixShield.Sweeps.Ranking;

/// <summary>The metrics a sweep ranks and filters by, by their sweep-file names (STRATEGY.md §7): one table, no reflection.</summary>
public static class MetricTable
{
    private static readonly (string Name, Func<BacktestMetrics, double> Read)[] Rows =
    [
        ("irr", m => m.Irr),
        ("cagr", m => m.Cagr),
        ("max_drawdown", m => m.MaxDrawdown),
        ("max_dd_days", m => m.MaxDrawdownDays),
        ("sharpe", m => m.Sharpe),
        ("sortino", m => m.Sortino),
        ("calmar", m => m.Calmar),
        ("win_rate", m => m.WinRate),
        ("profit_factor", m => m.ProfitFactor),
        ("avg_trade", m => m.AvgTrade),
        ("worst_trade", m => m.WorstTrade),
        ("cvar_95", m => m.Cvar95),
        ("hedge_cost_share", m => m.HedgeCostShare),
        ("trades", m => m.Trades),
        ("hedge_layers", m => m.HedgeLayers),
        ("final_equity", m => m.FinalEquity),
    ];

    private static readonly Dictionary<string, Func<BacktestMetrics, double>> ByName =
        Rows.ToDictionary(r => r.Name, r => r.Read, StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = Rows.Select(r => r.Name).ToArray();

    public static bool Exists(string name) => ByName.ContainsKey(name);

    /// <summary>The reader of a metric; an unknown name is a <see cref="SweepException"/> keyed by <paramref name="key"/> with the closest names.</summary>
    public static Func<BacktestMetrics, double> Find(string name, string key) =>
        ByName.TryGetValue(name, out var read)
            ? read
            : throw new SweepException(key, $"unknown metric {name}; {ClosestNames.Hint(name, Names)}");

    /// <summary>
    /// The metrics from their values in <see cref="Names"/> order (which is <see cref="BacktestMetrics"/>' constructor
    /// order), as files and messages store them; the counts must be whole numbers.
    /// </summary>
    public static BacktestMetrics FromValues(ReadOnlySpan<double> v)
    {
        if (v.Length != Rows.Length)
            throw new ArgumentException($"{v.Length} metric values, expected {Rows.Length}", nameof(v));
        return new BacktestMetrics(v[0], v[1], v[2], WholeNumber(v[3], 3), v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
            WholeNumber(v[13], 13), WholeNumber(v[14], 14), v[15]);
    }

    private static int WholeNumber(double value, int position) =>
        value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"{Rows[position].Name} must be a whole number, not {value}");

    /// <summary>One metric's value by name (NaN = undefined).</summary>
    public static double ValueOf(BacktestMetrics metrics, string name) => Find(name, name)(metrics);
}
