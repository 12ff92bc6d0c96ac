namespace VixShield.Core.Engine;

/// <summary>
/// The account: cash, the capital-commitment cash flows behind the IRR, and the per-trade results behind the trade
/// statistics. Buffers are sized once per backtest, so booking never allocates inside the step loop.
/// </summary>
/// <remarks>
/// All amounts are dollars. Flows are signed from the strategy's side: commitments negative, returns positive.
/// The buffers are rented and returned on <see cref="Dispose"/>, so a sweep running thousands of backtests on one
/// thread reuses them: a run allocates its books and its result, nothing that grows with the number of steps.
/// </remarks>
internal sealed class Ledger : IDisposable
{
    private readonly int[] _flowDays;
    private readonly double[] _flowAmounts;
    private readonly double[] _tradeResults;

    public Ledger(double startingCapital, int maxFlows, int maxTrades)
    {
        Cash = startingCapital;
        _flowDays = System.Buffers.ArrayPool<int>.Shared.Rent(maxFlows);
        _flowAmounts = System.Buffers.ArrayPool<double>.Shared.Rent(maxFlows);
        _tradeResults = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(maxTrades, 1));
    }

    public double Cash { get; set; }

    public int FlowCount { get; private set; }

    public int TradeCount { get; private set; }

    /// <summary>Hedge premium paid, dollars (option layers only).</summary>
    public double HedgePremiumSpent { get; set; }

    /// <summary>Condor credit received at entry, dollars (before commissions).</summary>
    public double CondorCreditCollected { get; set; }

    public ReadOnlySpan<int> FlowDays => _flowDays.AsSpan(0, FlowCount);

    public ReadOnlySpan<double> FlowAmounts => _flowAmounts.AsSpan(0, FlowCount);

    public ReadOnlySpan<double> TradeResults => _tradeResults.AsSpan(0, TradeCount);

    /// <summary>Books an IRR cash flow on a calendar day (<see cref="DateOnly.DayNumber"/>); same-day flows are netted.</summary>
    public void Flow(int dayNumber, double amount)
    {
        if (FlowCount > 0 && _flowDays[FlowCount - 1] == dayNumber)
        {
            _flowAmounts[FlowCount - 1] += amount;
            return;
        }

        if (FlowCount == _flowDays.Length)
            throw new InvalidOperationException("More IRR cash flows than the ledger was sized for.");
        _flowDays[FlowCount] = dayNumber;
        _flowAmounts[FlowCount++] = amount;
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<int>.Shared.Return(_flowDays);
        System.Buffers.ArrayPool<double>.Shared.Return(_flowAmounts);
        System.Buffers.ArrayPool<double>.Shared.Return(_tradeResults);
    }

    public void CloseTrade(double profitAndLoss)
    {
        if (TradeCount == _tradeResults.Length)
            throw new InvalidOperationException("More closed condors than the ledger was sized for.");
        _tradeResults[TradeCount++] = profitAndLoss;
    }
}
