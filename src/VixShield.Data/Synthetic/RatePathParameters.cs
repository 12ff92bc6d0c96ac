namespace VixShield.Data.Synthetic;

/// <summary>
/// The risk-free rate path: a Vasicek (1977) short rate dr = a(b − r)dt + s dW, stepped once per session
/// (dt = 1/252) and floored at zero; the term structure is flat at the day's short rate (annual decimal, continuous).
/// </summary>
public sealed record RatePathParameters
{
    public double InitialRate { get; init; } = 0.002;

    /// <summary>a, per year.</summary>
    public double MeanReversion { get; init; } = 0.25;

    /// <summary>b, annual decimal.</summary>
    public double LongRunRate { get; init; } = 0.025;

    /// <summary>s, annual decimal per √year.</summary>
    public double Volatility { get; init; } = 0.008;

    internal IEnumerable<string> Problems()
    {
        if (!(InitialRate >= 0 && InitialRate <= 0.25)) yield return $"Rates.InitialRate must be in [0, 0.25] (got {InitialRate}).";
        if (!(MeanReversion >= 0 && MeanReversion <= 10)) yield return $"Rates.MeanReversion must be in [0, 10] (got {MeanReversion}).";
        if (!(LongRunRate >= 0 && LongRunRate <= 0.25)) yield return $"Rates.LongRunRate must be in [0, 0.25] (got {LongRunRate}).";
        if (!(Volatility >= 0 && Volatility <= 0.1)) yield return $"Rates.Volatility must be in [0, 0.1] (got {Volatility}).";
    }
}
