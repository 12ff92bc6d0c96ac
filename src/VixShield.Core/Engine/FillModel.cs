using VixShield.Core.Strategy;

namespace VixShield.Core.Engine;

/// <summary>How orders fill: at the touch (buy at ask, sell at bid), moved toward mid by <c>fill.mid_fraction</c>, plus commissions.</summary>
/// <remarks>
/// A leg cannot trade when its quote is missing, when a buy has no ask, when a sell has a zero bid, or when the market
/// is crossed. One exception, when closing: a long option that is quoted but bid at zero is abandoned at 0 with no
/// commission. It is worth exactly its bid, carries no liability, and a trader would not keep a short open to wait
/// for a bid on a worthless wing. Prices are per unit of the underlying (points); commissions are dollars per contract.
/// </remarks>
public sealed class FillModel
{
    private readonly double _towardMid;

    public FillModel(StrategyParameters parameters)
    {
        _towardMid = parameters.FillMidFraction;
        OptionCommission = parameters.CostPerContract;
        FutureCommission = parameters.CostPerFuture;
    }

    /// <summary>Dollars per SPX or VIX option contract.</summary>
    public double OptionCommission { get; }

    /// <summary>Dollars per VIX future contract.</summary>
    public double FutureCommission { get; }

    public static bool CanBuy(int bidCents, int askCents) => askCents > 0 && bidCents <= askCents;

    public static bool CanSell(int bidCents, int askCents) => bidCents > 0 && bidCents <= askCents;

    /// <summary>A quoted long that nobody bids for: closing it means abandoning it at zero.</summary>
    public static bool IsAbandoned(int bidCents, int askCents) => bidCents == 0 && askCents >= 0;

    /// <summary>A long can be closed: sold at the bid, or abandoned when the bid is zero.</summary>
    public static bool CanClose(int bidCents, int askCents) => CanSell(bidCents, askCents) || IsAbandoned(bidCents, askCents);

    /// <summary>What closing a long fetches: the sell price, or 0 for an abandoned one.</summary>
    public double ClosePrice(int bidCents, int askCents) => IsAbandoned(bidCents, askCents) ? 0 : SellPrice(bidCents, askCents);

    /// <summary>Price paid to buy: ask − f × (ask − bid) / 2.</summary>
    public double BuyPrice(int bidCents, int askCents) => (askCents - _towardMid * 0.5 * (askCents - bidCents)) / 100.0;

    /// <summary>Price received to sell: bid + f × (ask − bid) / 2.</summary>
    public double SellPrice(int bidCents, int askCents) => (bidCents + _towardMid * 0.5 * (askCents - bidCents)) / 100.0;
}
