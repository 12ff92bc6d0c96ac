using VixShield.Core.Market;

namespace VixShield.Core.Tests.Engine;

/// <summary>Builds small hand-made tapes in memory, snapshot by snapshot, for trades that can be checked by hand.</summary>
internal sealed class TapeBuilder
{
    private readonly List<Snapshot> _snapshots = [];

    private sealed class Snapshot
    {
        public required int Date { get; init; }
        public double Open, High, Low, Close, Vix = 15, Vix3m = 17;
        public int Advances = 1500, Declines = 1500;
        public readonly List<(int Expiration, SettlementStyle Settlement, OptionRight Right, double Strike, decimal Bid, decimal Ask, double Delta)> Spx = [];
        public readonly List<(int Expiration, decimal Bid, decimal Ask, double Settle)> Futures = [];
        public readonly List<(int Expiration, double Strike, decimal Bid, decimal Ask, double Future)> VixCalls = [];
    }

    /// <summary>Starts a snapshot; SPX open/high/low/close default to <paramref name="spx"/>.</summary>
    public TapeBuilder Day(int date, double spx, double? open = null, double vix = 15, double vix3m = 17)
    {
        _snapshots.Add(new Snapshot { Date = date, Open = open ?? spx, High = Math.Max(spx, open ?? spx), Low = Math.Min(spx, open ?? spx), Close = spx, Vix = vix, Vix3m = vix3m });
        return this;
    }

    public TapeBuilder Option(int expiration, OptionRight right, double strike, decimal bid, decimal ask, double delta, SettlementStyle settlement = SettlementStyle.Am)
    {
        _snapshots[^1].Spx.Add((expiration, settlement, right, strike, bid, ask, delta));
        return this;
    }

    public TapeBuilder Future(int expiration, decimal bid, decimal ask, double? settle = null)
    {
        _snapshots[^1].Futures.Add((expiration, bid, ask, settle ?? (double)((bid + ask) / 2)));
        return this;
    }

    public TapeBuilder VixCall(int expiration, double strike, decimal bid, decimal ask, double future)
    {
        _snapshots[^1].VixCalls.Add((expiration, strike, bid, ask, future));
        return this;
    }

    public MarketTape Build()
    {
        int[] dates = _snapshots.Select(s => s.Date).ToArray();
        var series = new MarketSeries(
            _snapshots.Select(s => s.Open).ToArray(), _snapshots.Select(s => s.High).ToArray(), _snapshots.Select(s => s.Low).ToArray(),
            _snapshots.Select(s => s.Close).ToArray(), _snapshots.Select(s => s.Vix).ToArray(), _snapshots.Select(s => s.Vix3m).ToArray(),
            _snapshots.Select(s => s.Advances).ToArray(), _snapshots.Select(s => s.Declines).ToArray(), _snapshots.Select(_ => 0.0).ToArray());

        var spx = _snapshots.SelectMany(s => s.Spx.Select(q => (s.Date, s.Close, q)))
            .OrderBy(r => r.Date).ThenBy(r => r.q.Expiration).ThenBy(r => r.q.Right).ThenBy(r => r.q.Strike).ToList();
        var spxRows = OptionRows.FromColumns(
            spx.Select(r => r.Date).ToArray(), spx.Select(r => r.q.Expiration).ToArray(), spx.Select(r => r.q.Settlement).ToArray(),
            spx.Select(r => r.q.Right).ToArray(), spx.Select(r => (float)r.q.Strike).ToArray(), spx.Select(r => Cents(r.q.Bid)).ToArray(),
            spx.Select(r => Cents(r.q.Ask)).ToArray(), spx.Select(_ => 0.2f).ToArray(), spx.Select(r => (float)r.q.Delta).ToArray(),
            null, null, null, spx.Select(r => r.Close).ToArray());

        var futures = _snapshots.SelectMany(s => s.Futures.Select(f => (s.Date, f))).OrderBy(r => r.Date).ThenBy(r => r.f.Expiration).ToList();
        var futureRows = new VixFutureRows(
            futures.Select(r => r.Date).ToArray(), futures.Select(r => r.f.Expiration).ToArray(),
            futures.Select(r => Cents(r.f.Bid)).ToArray(), futures.Select(r => Cents(r.f.Ask)).ToArray(), futures.Select(r => r.f.Settle).ToArray());

        var calls = _snapshots.SelectMany(s => s.VixCalls.Select(c => (s.Date, c))).OrderBy(r => r.Date).ThenBy(r => r.c.Expiration).ThenBy(r => r.c.Strike).ToList();
        var callRows = OptionRows.FromColumns(
            calls.Select(r => r.Date).ToArray(), calls.Select(r => r.c.Expiration).ToArray(), calls.Select(_ => SettlementStyle.Am).ToArray(),
            calls.Select(_ => OptionRight.Call).ToArray(), calls.Select(r => (float)r.c.Strike).ToArray(), calls.Select(r => Cents(r.c.Bid)).ToArray(),
            calls.Select(r => Cents(r.c.Ask)).ToArray(), calls.Select(_ => 0.9f).ToArray(), calls.Select(_ => 0.3f).ToArray(),
            null, null, null, calls.Select(r => r.c.Future).ToArray());

        return new MarketTape("handmade", dates, series, OptionChains.Build(dates, spxRows), VixFutureCurve.Build(dates, futureRows), OptionChains.Build(dates, callRows));
    }

    private static int Cents(decimal price) => (int)(price * 100);
}
