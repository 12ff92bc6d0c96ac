using VixShield.Core.Market;
using VixShield.Core.Pricing;
using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>The open iron condors and everything done to them: marks, settlement, exits, rolls and new entries.</summary>
/// <remarks>Condors are kept in opening order, so every pass over them, and so every sum, runs in the same order each time.</remarks>
internal sealed class CondorBook
{
    private readonly MarketTape _tape;
    private readonly OptionChains _spx;
    private readonly StrategyParameters _p;
    private readonly FillModel _fills;
    private readonly Ledger _ledger;
    private readonly ITradeRecorder? _recorder;
    private readonly IronCondor[] _open;
    private int _nextId = 1;

    public CondorBook(MarketTape tape, StrategyParameters parameters, FillModel fills, Ledger ledger, ITradeRecorder? recorder)
    {
        _tape = tape;
        _spx = tape.SpxOptions;
        _p = parameters;
        _fills = fills;
        _ledger = ledger;
        _recorder = recorder;
        _open = new IronCondor[parameters.EntryMaxOpen];
    }

    public int Count { get; private set; }

    public int Opened => _nextId - 1;

    /// <summary>Σ max loss of the open condors, dollars: the exposure E that the hedge covers.</summary>
    public double Exposure()
    {
        double e = 0;
        for (int i = 0; i < Count; i++)
            e += Math.Max(_open[i].MaxLoss, 0);
        return e;
    }

    /// <summary>Σ mark-to-market value of the open condors at mid, dollars.</summary>
    public double MarkValue()
    {
        double value = 0;
        for (int i = 0; i < Count; i++)
            value += _open[i].MarkValue;
        return value;
    }

    /// <summary>What the open condors would return to the IRR if closed at mid now: committed capital plus result so far, dollars.</summary>
    public double LiquidationFlow()
    {
        double flow = 0;
        for (int i = 0; i < Count; i++)
            flow += _open[i].Committed + _open[i].CashFlow + _open[i].MarkValue;
        return flow;
    }

    public void Mark(int t)
    {
        for (int i = 0; i < Count; i++)
        {
            ref var c = ref _open[i];
            LegMarks.Advance(ref c.ShortCall, _spx, t, c.Expiration);
            LegMarks.Advance(ref c.LongCall, _spx, t, c.Expiration);
            LegMarks.Advance(ref c.ShortPut, _spx, t, c.Expiration);
            LegMarks.Advance(ref c.LongPut, _spx, t, c.Expiration);
        }
    }

    /// <summary>
    /// Cash-settles condors whose expiration has come: intrinsic value at the expiration day's open (AM) or at its
    /// snapshot level (PM), no commission. A condor whose expiration day is missing from the data settles at the first
    /// snapshot after it, on that snapshot's open or level.
    /// </summary>
    public void Settle(int t)
    {
        int today = _tape.DayNumbers[t];
        for (int i = 0; i < Count;)
        {
            ref var c = ref _open[i];
            if (c.ExpirationDay > today)
            {
                i++;
                continue;
            }

            double settlement = c.Settlement == SettlementStyle.Am ? _tape.Series.SpxOpen[t] : _tape.Series.SpxClose[t];
            SettleLeg(ref c, ref c.ShortCall, LegKind.ShortCall, settlement, t);
            SettleLeg(ref c, ref c.LongCall, LegKind.LongCall, settlement, t);
            SettleLeg(ref c, ref c.ShortPut, LegKind.ShortPut, settlement, t);
            SettleLeg(ref c, ref c.LongPut, LegKind.LongPut, settlement, t);
            Close(i, t, FillReason.Settlement);
        }
    }

    /// <summary>Exits (DTE, profit target, stop loss), then rolls of tested sides, for every open condor.</summary>
    public void Manage(int t)
    {
        int today = _tape.DayNumbers[t];
        for (int i = 0; i < Count;)
        {
            ref var c = ref _open[i];
            var reason = ExitReason(ref c, today, out bool closable);
            if (reason is { } why && closable)
            {
                CloseAtMarket(ref c, t, why);
                Close(i, t, why);
                continue;
            }

            if (_p.AdjustTestedDelta is { } tested)
            {
                if (c.ShortCall.Row >= 0 && Math.Abs(_spx.Delta(c.ShortCall.Row)) > tested)
                    RollSide(ref c, t, OptionRight.Call);
                if (c.ShortPut.Row >= 0 && Math.Abs(_spx.Delta(c.ShortPut.Row)) > tested)
                    RollSide(ref c, t, OptionRight.Put);
            }

            i++;
        }
    }

    /// <summary>
    /// Opens a condor at snapshot <paramref name="t"/> if an expiry and strikes qualify, every leg can trade, and at
    /// least one contract fits the risk budget. Returns whether one was opened.
    /// </summary>
    public bool TryOpen(int t, double wingWidth, double equity)
    {
        if (Count == _open.Length)
            return false;
        int slot = ChooseExpiry(t);
        if (slot < 0)
            return false;
        int shortCall = _spx.ClosestDelta(slot, OptionRight.Call, _p.EntryShortDelta);
        int shortPut = _spx.ClosestDelta(slot, OptionRight.Put, -_p.EntryShortDelta);
        if (shortCall < 0 || shortPut < 0 || _spx.Strike(shortPut) >= _spx.Strike(shortCall))
            return false;
        int longCall = WingRow(slot, OptionRight.Call, shortCall, _spx.Strike(shortCall) + wingWidth);
        int longPut = WingRow(slot, OptionRight.Put, shortPut, _spx.Strike(shortPut) - wingWidth);
        if (longCall < 0 || longPut < 0 || !CanSell(shortCall) || !CanSell(shortPut) || !CanBuy(longCall) || !CanBuy(longPut))
            return false;

        double credit = Sell(shortCall) + Sell(shortPut) - Buy(longCall) - Buy(longPut);
        double widest = Math.Max(_spx.Strike(longCall) - _spx.Strike(shortCall), _spx.Strike(shortPut) - _spx.Strike(longPut));
        double maxLossPerContract = (widest - credit) * 100.0;
        if (credit <= 0 || maxLossPerContract <= 0)
            return false;
        int contracts = (int)Math.Floor(_p.SizeRiskPerTrade * equity / maxLossPerContract);
        if (contracts < 1)
            return false;

        ref var c = ref _open[Count++];
        c = new IronCondor
        {
            Id = _nextId++,
            Expiration = _spx.Expiration(slot),
            ExpirationDay = _spx.ExpirationDay(slot),
            Settlement = _spx.Settlement(slot),
            Contracts = contracts,
            OpenedSnapshot = t,
            ShortCall = NewLeg(shortCall, OptionRight.Call, -contracts),
            LongCall = NewLeg(longCall, OptionRight.Call, contracts),
            ShortPut = NewLeg(shortPut, OptionRight.Put, -contracts),
            LongPut = NewLeg(longPut, OptionRight.Put, contracts),
        };
        Trade(ref c, ref c.ShortCall, LegKind.ShortCall, -contracts, t, FillReason.Open);
        Trade(ref c, ref c.LongCall, LegKind.LongCall, contracts, t, FillReason.Open);
        Trade(ref c, ref c.ShortPut, LegKind.ShortPut, -contracts, t, FillReason.Open);
        Trade(ref c, ref c.LongPut, LegKind.LongPut, contracts, t, FillReason.Open);
        c.Credit = credit;
        c.EntryCredit = credit;
        c.Committed = c.MaxLoss;
        _ledger.CondorCreditCollected += credit * 100.0 * contracts;
        _ledger.Flow(_tape.DayNumbers[t], -c.Committed);
        return true;
    }

    /// <summary>The listed expiration closest to <c>entry.dte</c> calendar days within [dte_min, dte_max]; ties go to the nearer date.</summary>
    private int ChooseExpiry(int t)
    {
        int today = _tape.DayNumbers[t], best = -1, bestGap = int.MaxValue;
        var slots = _spx.Expiries(t);
        for (int slot = slots.Start; slot < slots.End; slot++)
        {
            int dte = _spx.ExpirationDay(slot) - today;
            if (dte < _p.EntryDteMin || dte > _p.EntryDteMax)
                continue;
            int gap = Math.Abs(dte - _p.EntryDte);
            if (gap < bestGap)
            {
                best = slot;
                bestGap = gap;
            }
        }

        return best;
    }

    /// <summary>The listed strike nearest the target wing, moved one strike further out if it landed on the short strike (never zero width).</summary>
    private int WingRow(int slot, OptionRight right, int shortRow, double target)
    {
        int row = _spx.ClosestStrike(slot, right, target);
        if (row < 0)
            return -1;
        var chain = _spx.Chain(slot, right);
        if (right == OptionRight.Call && _spx.Strike(row) <= _spx.Strike(shortRow))
            row = shortRow + 1 < chain.End ? shortRow + 1 : -1;
        else if (right == OptionRight.Put && _spx.Strike(row) >= _spx.Strike(shortRow))
            row = shortRow - 1 >= chain.Start ? shortRow - 1 : -1;
        return row;
    }

    private FillReason? ExitReason(ref IronCondor c, int today, out bool closable)
    {
        closable = TryCostToClose(ref c, out double cost);
        if (_p.ExitDte is { } exitDte && c.ExpirationDay - today <= exitDte)
            return FillReason.DteExit;
        if (!closable)
            return null;
        // Thresholds are on profit per unit against the entry credit, so that a roll's debit counts as a loss already taken.
        double profit = c.Credit - cost;
        if (_p.ExitProfitTarget is { } target && profit >= target * c.EntryCredit)
            return FillReason.ProfitTarget;
        if (_p.ExitStopLoss is { } stop && -profit >= stop * c.EntryCredit)
            return FillReason.StopLoss;
        return null;
    }

    /// <summary>What buying the condor back costs now, per unit: shorts at the buy price, longs at the sell price. False if any leg cannot trade.</summary>
    private bool TryCostToClose(ref IronCondor c, out double cost)
    {
        cost = 0;
        int sc = c.ShortCall.Row, lc = c.LongCall.Row, sp = c.ShortPut.Row, lp = c.LongPut.Row;
        if (sc < 0 || lc < 0 || sp < 0 || lp < 0 || !CanBuy(sc) || !CanBuy(sp) || !CanClose(lc) || !CanClose(lp))
            return false;
        cost = Buy(sc) + Buy(sp) - CloseLong(lc) - CloseLong(lp);
        return true;
    }

    private void CloseAtMarket(ref IronCondor c, int t, FillReason reason)
    {
        Trade(ref c, ref c.ShortCall, LegKind.ShortCall, -c.ShortCall.Quantity, t, reason);
        Trade(ref c, ref c.LongCall, LegKind.LongCall, -c.LongCall.Quantity, t, reason);
        Trade(ref c, ref c.ShortPut, LegKind.ShortPut, -c.ShortPut.Quantity, t, reason);
        Trade(ref c, ref c.LongPut, LegKind.LongPut, -c.LongPut.Quantity, t, reason);
    }

    /// <summary>
    /// Rolls one side: closes its short and long and reopens them at the entry short delta in the same expiry with
    /// the same width, as one four-leg order (all legs fill or none). The change in committed capital is an IRR flow.
    /// </summary>
    private void RollSide(ref IronCondor c, int t, OptionRight right)
    {
        ref var shortLeg = ref right == OptionRight.Call ? ref c.ShortCall : ref c.ShortPut;
        ref var longLeg = ref right == OptionRight.Call ? ref c.LongCall : ref c.LongPut;
        int slot = _spx.FindExpiry(t, c.Expiration);
        if (slot < 0 || shortLeg.Row < 0 || longLeg.Row < 0 || !CanBuy(shortLeg.Row) || !CanClose(longLeg.Row))
            return;
        double width = Math.Abs(longLeg.Strike - shortLeg.Strike);
        double delta = right == OptionRight.Call ? _p.EntryShortDelta : -_p.EntryShortDelta;
        int newShort = _spx.ClosestDelta(slot, right, delta);
        if (newShort < 0 || _spx.Strike(newShort) == shortLeg.Strike)
            return;
        int newLong = WingRow(slot, right, newShort, _spx.Strike(newShort) + (right == OptionRight.Call ? width : -width));
        if (newLong < 0 || !CanSell(newShort) || !CanBuy(newLong))
            return;
        var other = right == OptionRight.Call ? c.ShortPut : c.ShortCall;
        if (right == OptionRight.Call ? _spx.Strike(newShort) <= other.Strike : _spx.Strike(newShort) >= other.Strike)
            return;

        double closeCost = Buy(shortLeg.Row) - CloseLong(longLeg.Row);
        double newCredit = Sell(newShort) - Buy(newLong);
        var (shortKind, longKind) = right == OptionRight.Call ? (LegKind.ShortCall, LegKind.LongCall) : (LegKind.ShortPut, LegKind.LongPut);
        Trade(ref c, ref shortLeg, shortKind, c.Contracts, t, FillReason.Roll);
        Trade(ref c, ref longLeg, longKind, -c.Contracts, t, FillReason.Roll);
        shortLeg = NewLeg(newShort, right, -c.Contracts);
        longLeg = NewLeg(newLong, right, c.Contracts);
        Trade(ref c, ref shortLeg, shortKind, -c.Contracts, t, FillReason.Roll);
        Trade(ref c, ref longLeg, longKind, c.Contracts, t, FillReason.Roll);
        c.Credit += newCredit - closeCost;
        double committed = c.MaxLoss;
        _ledger.Flow(_tape.DayNumbers[t], c.Committed - committed);
        c.Committed = committed;
    }

    private OptionLeg NewLeg(int row, OptionRight right, int quantity) =>
        new() { Row = row, Strike = _spx.Strike(row), Right = right, Quantity = quantity, Mark = _spx.Mid(row) };

    /// <summary>
    /// Trades <paramref name="quantity"/> contracts of a leg at today's fill price and books cash and commission.
    /// Closing a long that nobody bids for abandons it at zero, with no commission.
    /// </summary>
    private void Trade(ref IronCondor c, ref OptionLeg leg, LegKind kind, int quantity, int t, FillReason reason)
    {
        bool abandoned = quantity < 0 && leg.Quantity > 0 && FillModel.IsAbandoned(_spx.BidCents(leg.Row), _spx.AskCents(leg.Row));
        double price = quantity > 0 ? Buy(leg.Row) : abandoned ? 0 : Sell(leg.Row);
        double commission = abandoned ? 0 : _fills.OptionCommission * Math.Abs(quantity);
        double cash = -quantity * price * 100.0 - commission;
        _ledger.Cash += cash;
        c.CashFlow += cash;
        _recorder?.OnFill(new Fill(_tape.Dates[t], c.Id, kind, InstrumentKind.SpxOption, c.Expiration, leg.Strike, leg.Right, quantity, price, commission, reason));
    }

    private void SettleLeg(ref IronCondor c, ref OptionLeg leg, LegKind kind, double settlement, int t)
    {
        double intrinsic = BlackScholes.Intrinsic(leg.Right, settlement, leg.Strike);
        double cash = leg.Quantity * intrinsic * 100.0;
        _ledger.Cash += cash;
        c.CashFlow += cash;
        leg.Mark = intrinsic;
        _recorder?.OnFill(new Fill(_tape.Dates[t], c.Id, kind, InstrumentKind.SpxOption, c.Expiration, leg.Strike, leg.Right, -leg.Quantity, intrinsic, 0, FillReason.Settlement));
    }

    /// <summary>Removes condor <paramref name="index"/>, books its result, and keeps the rest in opening order.</summary>
    private void Close(int index, int t, FillReason reason)
    {
        ref var c = ref _open[index];
        _ledger.Flow(_tape.DayNumbers[t], c.Committed + c.CashFlow);
        _ledger.CloseTrade(c.CashFlow);
        _recorder?.OnCondorClosed(new ClosedCondor(c.Id, _tape.Dates[c.OpenedSnapshot], _tape.Dates[t], c.Contracts, c.EntryCredit, c.CashFlow, reason));
        Array.Copy(_open, index + 1, _open, index, Count - index - 1);
        Count--;
    }

    private bool CanBuy(int row) => FillModel.CanBuy(_spx.BidCents(row), _spx.AskCents(row));

    private bool CanSell(int row) => FillModel.CanSell(_spx.BidCents(row), _spx.AskCents(row));

    private bool CanClose(int row) => FillModel.CanClose(_spx.BidCents(row), _spx.AskCents(row));

    private double CloseLong(int row) => _fills.ClosePrice(_spx.BidCents(row), _spx.AskCents(row));

    private double Buy(int row) => _fills.BuyPrice(_spx.BidCents(row), _spx.AskCents(row));

    private double Sell(int row) => _fills.SellPrice(_spx.BidCents(row), _spx.AskCents(row));
}
