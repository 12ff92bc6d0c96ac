using VixShield.Core.Metrics;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>
/// Replays one parameter set over the tape, one snapshot at a time, in STRATEGY.md §2's order: marks, settlement,
/// condor management, hedge layers, new entries, equity. Every decision at snapshot t reads only data stamped at or
/// before t. The loop allocates nothing per step; a run allocates its books and its result.
/// </summary>
public sealed class Backtest
{
    private readonly MarketContext _market;
    private readonly StrategyParameters _p;
    private readonly BacktestOptions _options;

    public Backtest(MarketContext market, StrategyParameters parameters, BacktestOptions? options = null)
    {
        _market = market;
        _p = parameters.Validate();
        _options = options ?? BacktestOptions.Default;
        market.RequireInstrumentsFor(parameters);
    }

    public static BacktestResult Run(MarketContext market, StrategyParameters parameters, BacktestOptions? options = null) =>
        new Backtest(market, parameters, options).Run();

    public BacktestResult Run()
    {
        var tape = _market.Tape;
        int from = _options.FromSnapshot, to = _options.ToSnapshot < 0 ? tape.SnapshotCount - 1 : _options.ToSnapshot;
        if (from < 0 || to >= tape.SnapshotCount || from > to)
            throw new ArgumentOutOfRangeException(nameof(_options), $"Snapshots {from}..{to} are not within the tape's 0..{tape.SnapshotCount - 1}.");
        int n = to - from + 1;
        var equity = new double[n];
        using var ledger = new Ledger(_options.StartingCapital, maxFlows: n + 2, maxTrades: n);
        var fills = new FillModel(_p);
        var condors = new CondorBook(tape, _p, fills, ledger, _options.Recorder);
        var hedges = new HedgeBook(tape, _p, fills, ledger, _options.Recorder);
        var filters = new EntryFilters(_market, _p);
        var risk = new RiskScore(_market, _p);
        int lastEntry = int.MinValue / 2;

        for (int t = from; t <= to; t++)
        {
            condors.Mark(t);
            hedges.Mark(t);
            condors.Settle(t);
            hedges.Settle(t);
            condors.Manage(t);

            int score = risk.At(t);
            if (_p.HedgeEnabled)
            {
                double exposure = condors.Exposure();
                hedges.Manage(t, exposure, score);
                hedges.Add(t, exposure, score);
            }

            if (t - lastEntry >= _p.EntryEveryDays && condors.Count < _p.EntryMaxOpen && filters.Pass(t))
            {
                double width = score >= 1 ? _p.EntryWingWidth * _p.AdjustStressWingScale : _p.EntryWingWidth;
                double equityNow = ledger.Cash + condors.MarkValue() + hedges.MarkValue();
                if (condors.TryOpen(t, width, equityNow))
                    lastEntry = t;
            }

            equity[t - from] = ledger.Cash + condors.MarkValue() + hedges.MarkValue();
        }

        // Positions still open at the end return their committed capital plus their result so far, valued at mid.
        ledger.Flow(tape.DayNumbers[to], condors.LiquidationFlow() + hedges.LiquidationFlow());
        return BacktestResults.Build(tape, from, to, _options.StartingCapital, equity, ledger, hedges.Opened);
    }
}
