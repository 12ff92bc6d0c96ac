using System.Globalization;

namespace VixShield.Reports.Html;

/// <summary>How each metric is shown: its unit (fractions become percent), a short unit label for headers, a long label in words, and its decimals.</summary>
internal sealed record MetricUnits(string Metric, string Unit, string Description, double Scale, int Decimals)
{
    private static readonly Dictionary<string, MetricUnits> Known = new MetricUnits[]
    {
        new("irr", "% / yr", "IRR of committed capital, percent a year (XIRR, actual/365)", 100, 2),
        new("cagr", "% / yr", "account growth, percent a year", 100, 2),
        new("max_drawdown", "% of peak", "largest fall of daily equity, percent of the peak", 100, 2),
        new("max_dd_days", "trading days", "longest time under water, trading days", 1, 0),
        new("sharpe", "annualised", "Sharpe ratio, annualised (×√252)", 1, 2),
        new("sortino", "annualised", "Sortino ratio, annualised (×√252)", 1, 2),
        new("calmar", "ratio", "CAGR over max drawdown", 1, 2),
        new("win_rate", "% of condors", "share of closed condors with a positive net result, percent", 100, 1),
        new("profit_factor", "ratio", "gross profit over gross loss of closed condors", 1, 2),
        new("avg_trade", "$ / condor", "mean net result per closed condor, dollars", 1, 0),
        new("worst_trade", "$", "worst net result of one closed condor, dollars", 1, 0),
        new("cvar_95", "% / day", "mean of the worst 5% of daily returns, percent a day", 100, 2),
        new("hedge_cost_share", "% of credit", "hedge premium spent over condor credit collected, percent", 100, 1),
        new("trades", "condors", "closed condors", 1, 0),
        new("hedge_layers", "layers", "hedge layers opened", 1, 0),
        new("final_equity", "$", "equity at the last snapshot, dollars", 1, 0),
    }.ToDictionary(m => m.Metric, StringComparer.Ordinal);

    public static MetricUnits Of(string metric) =>
        Known.TryGetValue(metric, out var units) ? units : new MetricUnits(metric, "", metric, 1, 4);

    /// <summary>The value in display units (percent for fractions), NaN when undefined.</summary>
    public double Display(double? value) => value is { } v && double.IsFinite(v) ? v * Scale : double.NaN;

    /// <summary>The value as shown in a table cell, with thousands separators for dollars; an em dash when undefined.</summary>
    public string Text(double? value)
    {
        double shown = Display(value);
        if (double.IsNaN(shown))
            return "—";
        string format = Unit.StartsWith('$') ? "#,##0" : "F" + Decimals.ToString(CultureInfo.InvariantCulture);
        return Zero(shown.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>The value with its unit for prose and tooltips, e.g. <c>12.34 % / yr</c>.</summary>
    public string TextWithUnit(double? value)
    {
        string text = Text(value);
        return text == "—" || Unit.Length == 0 ? text : text + " " + Unit;
    }

    // -0.00 reads as a loss that is not there.
    private static string Zero(string text) => text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
}
