using VixShield.Core.Engine;

namespace VixShield.Reports.Model;

/// <summary>One top-N set's detail page: its hedged run with every trade and hedge layer, and the same set with the hedge off.</summary>
/// <param name="PageFileName">File name of its page beside index.html, e.g. <c>set-000123.html</c>; the results row links to it.</param>
/// <param name="AxisValues">Aligned with <see cref="ResultsTable.AxisNames"/>, as written in the sweep file.</param>
/// <param name="Hedged">The set as swept (metrics, daily equity, yearly returns).</param>
/// <param name="HedgedTrades">The hedged run's condors, hedge layers and fills.</param>
/// <param name="HedgeOff">The same parameters with the ALVH hedge off, over the same dates.</param>
/// <param name="VixDates">Trading dates (yyyymmdd) of <paramref name="VixCloses"/>, for the hedge timeline.</param>
/// <param name="VixCloses">VIX index level at each date's snapshot, points.</param>
public sealed record SetDetail(
    long SetIndex,
    int Rank,
    string PageFileName,
    IReadOnlyList<string> AxisValues,
    BacktestResult Hedged,
    TradeLog HedgedTrades,
    BacktestResult HedgeOff,
    int[] VixDates,
    double[] VixCloses);
