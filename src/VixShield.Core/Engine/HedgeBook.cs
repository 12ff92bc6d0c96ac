using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>The ALVH's open layers and their life: marks, settlement, closing rules and temporal layering.</summary>
/// <remarks>
/// A call layer's take profit compares what it would sell for now with its premium. A futures layer costs no
/// premium, so it takes profit once its gain reaches the stress target it was sized for. Layers are added at most
/// one per <c>hedge.spacing_days</c> snapshots and only while there is condor exposure to cover.
/// </remarks>
internal sealed class HedgeBook
{
    private readonly MarketTape _tape;
    private readonly OptionChains _calls;
    private readonly VixFutureCurve _futures;
    private readonly StrategyParameters _p;
    private readonly FillModel _fills;
    private readonly Ledger _ledger;
    private readonly ITradeRecorder? _recorder;
    private readonly HedgeLayer[] _open;
    private int _nextId = 1;
    private int _lastAdded = int.MinValue / 2;

    public HedgeBook(MarketTape tape, StrategyParameters parameters, FillModel fills, Ledger ledger, ITradeRecorder? recorder)
    {
        _tape = tape;
        _calls = tape.VixOptions;
        _futures = tape.VixFutures;
        _p = parameters;
        _fills = fills;
        _ledger = ledger;
        _recorder = recorder;
        _open = new HedgeLayer[Math.Max(parameters.HedgeMaxLayers, 0)];
    }

    public int Count { get; private set; }

    public int Opened => _nextId - 1;

    public double MarkValue()
    {
        double value = 0;
        for (int i = 0; i < Count; i++)
            value += _open[i].MarkValue;
        return value;
    }

    /// <summary>What the open layers would return to the IRR if sold at mid now: premium plus result so far, dollars.</summary>
    public double LiquidationFlow()
    {
        double flow = 0;
        for (int i = 0; i < Count; i++)
            flow += _open[i].Premium + _open[i].CashFlow + _open[i].MarkValue;
        return flow;
    }

    public void Mark(int t)
    {
        for (int i = 0; i < Count; i++)
        {
            ref var layer = ref _open[i];
            int row = layer.Row >= 0 ? NextRow(ref layer) : -1;
            if (row < 0)
                row = FindRow(ref layer, t);
            layer.Row = row;
            if (row >= 0)
                layer.Mark = layer.Instrument == HedgeInstrument.Futures ? _futures.Mid(row) : _calls.Mid(row);
        }
    }

    /// <summary>
    /// Settles layers whose expiration has come: a future at its final settlement price, a call at its intrinsic value
    /// against that same price. Without a final price in the data, the last mark stands in.
    /// </summary>
    public void Settle(int t)
    {
        int today = _tape.DayNumbers[t];
        for (int i = 0; i < Count;)
        {
            ref var layer = ref _open[i];
            if (layer.ExpirationDay > today)
            {
                i++;
                continue;
            }

            int future = _futures.Find(t, layer.Expiration);
            double final = future >= 0 ? _futures.Settle(future) : double.NaN;
            double price = layer.Instrument == HedgeInstrument.Futures
                ? (double.IsNaN(final) ? layer.Mark : final)
                : (double.IsNaN(final) ? layer.Mark : Math.Max(final - layer.Strike, 0));
            Exit(i, t, price, 0, FillReason.HedgeSettlement);
        }
    }

    /// <summary>Closes layers at take profit, when nothing needs hedging (no exposure and no signal), or near expiry to roll.</summary>
    public void Manage(int t, double exposure, int score)
    {
        int today = _tape.DayNumbers[t];
        for (int i = 0; i < Count;)
        {
            ref var layer = ref _open[i];
            FillReason? reason = null;
            bool abandoned = false;
            bool sellable = layer.Row >= 0 && CanClose(ref layer, out abandoned);
            double price = sellable ? ClosePrice(ref layer) : 0;
            if (layer.ExpirationDay - today <= _p.HedgeRollDte)
                reason = FillReason.HedgeRoll;
            else if (exposure <= 0 && score == 0)
                reason = FillReason.HedgeNoLongerNeeded;
            else if (sellable && TakesProfit(ref layer, price))
                reason = FillReason.HedgeTakeProfit;

            if (reason is { } why && sellable)
            {
                double commission = abandoned ? 0 : Commission(ref layer) * layer.Contracts;
                Exit(i, t, price, commission, why);
                continue;
            }

            i++;
        }
    }

    /// <summary>Adds layers while the score calls for them, the layer cap and spacing allow, and there is exposure to cover.</summary>
    public void Add(int t, double exposure, int score)
    {
        while (score >= _p.HedgeScoreMin && Count < _open.Length && t - _lastAdded >= _p.HedgeSpacingDays && exposure > 0)
        {
            if (!TryAddLayer(t, _p.HedgeIncrement * exposure))
                return;
            _lastAdded = t;
        }
    }

    private bool TakesProfit(ref HedgeLayer layer, double sellPrice)
    {
        if (_p.HedgeTakeProfit is not { } multiple)
            return false;
        return layer.Instrument == HedgeInstrument.Futures
            ? (sellPrice - layer.EntryPrice) * layer.Multiplier * layer.Contracts >= layer.StressTarget
            : sellPrice * layer.Multiplier * layer.Contracts >= multiple * layer.Premium;
    }

    private bool TryAddLayer(int t, double target)
    {
        int today = _tape.DayNumbers[t];
        var layer = new HedgeLayer { Instrument = _p.HedgeInstrument, OpenedSnapshot = t, StressTarget = target };
        double price, gainPerContract;
        if (_p.HedgeInstrument == HedgeInstrument.Futures)
        {
            int row = NearestFuture(t, today);
            if (row < 0 || !FillModel.CanBuy(_futures.BidCents(row), _futures.AskCents(row)))
                return false;
            price = _fills.BuyPrice(_futures.BidCents(row), _futures.AskCents(row));
            gainPerContract = (StressScenario.StressedFuture(_futures.Mid(row)) - price) * 1000.0;
            (layer.Row, layer.Expiration, layer.ExpirationDay, layer.Mark) = (row, _futures.Expiration(row), _futures.ExpirationDay(row), _futures.Mid(row));
        }
        else
        {
            int slot = NearestCallExpiry(t, today);
            if (slot < 0)
                return false;
            double future = _calls.Underlying(slot);
            int row = _calls.ClosestStrike(slot, OptionRight.Call, future * _p.HedgeMoneyness);
            if (row < 0 || !FillModel.CanBuy(_calls.BidCents(row), _calls.AskCents(row)))
                return false;
            price = _fills.BuyPrice(_calls.BidCents(row), _calls.AskCents(row));
            double strike = _calls.Strike(row);
            gainPerContract = (Math.Max(StressScenario.StressedFuture(future) - strike, 0) - price) * 100.0;
            (layer.Row, layer.Strike, layer.Expiration, layer.ExpirationDay, layer.Mark) = (row, strike, _calls.Expiration(slot), _calls.ExpirationDay(slot), _calls.Mid(row));
        }

        int contracts = StressScenario.ContractsFor(target, gainPerContract);
        if (contracts == 0)
            return false;
        layer.Id = _nextId++;
        layer.Contracts = contracts;
        layer.EntryPrice = price;
        layer.Premium = layer.Instrument == HedgeInstrument.Futures ? 0 : price * 100.0 * contracts;
        double commission = Commission(ref layer) * contracts;
        double cash = -layer.Premium - commission;
        _ledger.Cash += cash;
        layer.CashFlow = cash;
        _ledger.HedgePremiumSpent += layer.Premium;
        _ledger.Flow(today, -layer.Premium);
        _recorder?.OnFill(new Fill(_tape.Dates[t], layer.Id, Kind(ref layer), Instrument(ref layer), layer.Expiration, layer.Strike, OptionRight.Call, contracts, price, commission, FillReason.HedgeOpen));
        _open[Count++] = layer;
        return true;
    }

    /// <summary>The VIX call expiry nearest <c>hedge.dte</c> calendar days that would not be rolled at once.</summary>
    private int NearestCallExpiry(int t, int today)
    {
        int best = -1, bestGap = int.MaxValue;
        var slots = _calls.Expiries(t);
        for (int slot = slots.Start; slot < slots.End; slot++)
        {
            int dte = _calls.ExpirationDay(slot) - today;
            int gap = Math.Abs(dte - _p.HedgeDte);
            if (dte > _p.HedgeRollDte && gap < bestGap)
                (best, bestGap) = (slot, gap);
        }

        return best;
    }

    private int NearestFuture(int t, int today)
    {
        int best = -1, bestGap = int.MaxValue;
        var rows = _futures.At(t);
        for (int row = rows.Start; row < rows.End; row++)
        {
            int dte = _futures.ExpirationDay(row) - today;
            int gap = Math.Abs(dte - _p.HedgeDte);
            if (dte > _p.HedgeRollDte && gap < bestGap)
                (best, bestGap) = (row, gap);
        }

        return best;
    }

    /// <summary>Sells the layer at <paramref name="price"/> (or settles it there), books its result and removes it.</summary>
    private void Exit(int index, int t, double price, double commission, FillReason reason)
    {
        ref var layer = ref _open[index];
        double cash = layer.Instrument == HedgeInstrument.Futures
            ? (price - layer.EntryPrice) * layer.Multiplier * layer.Contracts - commission
            : price * layer.Multiplier * layer.Contracts - commission;
        _ledger.Cash += cash;
        layer.CashFlow += cash;
        _ledger.Flow(_tape.DayNumbers[t], layer.Premium + layer.CashFlow);
        if (_recorder is not null)
        {
            _recorder.OnFill(new Fill(_tape.Dates[t], layer.Id, Kind(ref layer), Instrument(ref layer), layer.Expiration, layer.Strike, OptionRight.Call, -layer.Contracts, price, commission, reason));
            _recorder.OnHedgeLayerClosed(new HedgeLayerRecord(layer.Id, layer.Instrument, _tape.Dates[layer.OpenedSnapshot], _tape.Dates[t], layer.Expiration, layer.Strike, layer.Contracts, layer.EntryPrice, price, layer.Premium, layer.StressTarget, layer.CashFlow, reason));
        }

        Array.Copy(_open, index + 1, _open, index, Count - index - 1);
        Count--;
    }

    private int NextRow(ref HedgeLayer layer) =>
        layer.Instrument == HedgeInstrument.Futures ? _futures.NextRow(layer.Row) : _calls.NextRow(layer.Row);

    private int FindRow(ref HedgeLayer layer, int t)
    {
        if (layer.Instrument == HedgeInstrument.Futures)
            return _futures.Find(t, layer.Expiration);
        int slot = _calls.FindExpiry(t, layer.Expiration);
        return slot >= 0 ? _calls.FindStrike(slot, OptionRight.Call, layer.Strike) : -1;
    }

    /// <summary>A future must be sold at a bid; a call nobody bids for is abandoned at zero (see <see cref="FillModel"/>).</summary>
    private bool CanClose(ref HedgeLayer layer, out bool abandoned)
    {
        if (layer.Instrument == HedgeInstrument.Futures)
        {
            abandoned = false;
            return FillModel.CanSell(_futures.BidCents(layer.Row), _futures.AskCents(layer.Row));
        }

        abandoned = FillModel.IsAbandoned(_calls.BidCents(layer.Row), _calls.AskCents(layer.Row));
        return FillModel.CanClose(_calls.BidCents(layer.Row), _calls.AskCents(layer.Row));
    }

    private double ClosePrice(ref HedgeLayer layer) => layer.Instrument == HedgeInstrument.Futures
        ? _fills.SellPrice(_futures.BidCents(layer.Row), _futures.AskCents(layer.Row))
        : _fills.ClosePrice(_calls.BidCents(layer.Row), _calls.AskCents(layer.Row));

    private double Commission(ref HedgeLayer layer) =>
        layer.Instrument == HedgeInstrument.Futures ? _fills.FutureCommission : _fills.OptionCommission;

    private static LegKind Kind(ref HedgeLayer layer) => layer.Instrument == HedgeInstrument.Futures ? LegKind.HedgeFuture : LegKind.HedgeCall;

    private static InstrumentKind Instrument(ref HedgeLayer layer) => layer.Instrument == HedgeInstrument.Futures ? InstrumentKind.VixFuture : InstrumentKind.VixOption;
}
