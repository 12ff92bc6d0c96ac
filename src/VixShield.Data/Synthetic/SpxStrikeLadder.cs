namespace VixShield.Data.Synthetic;

/// <summary>
/// The strikes listed on one SPX expiration, as four ranges (index points) on nested grids: every 5 points near the money,
/// every 25, 50 and 100 points further out. A strike is listed when it is a multiple of a grid's step inside that grid's range.
/// </summary>
/// <remarks>
/// One day's ranges, around the forward F with σ = F√θ (one standard deviation of the index at expiry):
/// 5-point grid within ±clamp(0.5σ, 25, 60) points once the expiration is at most <see cref="FivePointDays"/> calendar
/// days away, 25-point within ±1.25σ, 50-point within ±2.25σ, and 100-point over the whole listed span, from the strike
/// of call delta 0.98 to that of call delta 0.02 (on the surface), all clipped to that span.
/// Once listed, a strike stays listed until expiry (the ranges only widen: see <see cref="Union"/>), as on the exchange,
/// so a position can always be marked and closed.
/// </remarks>
public readonly record struct SpxStrikeLadder(
    int Low5, int High5, int Low25, int High25, int Low50, int High50, int Low100, int High100)
{
    public const double DeepCallDelta = 0.98, FarCallDelta = 0.02;

    /// <summary>5-point strikes are added from this many calendar days before expiry.</summary>
    public const int FivePointDays = 28;

    /// <summary>The ladder a slice would list today, given the strikes at call delta 0.98 and 0.02.</summary>
    public static SpxStrikeLadder Around(double forward, double standardDeviationPoints, double deepStrike, double farStrike, int calendarDays)
    {
        int lo = Math.Max(5, (int)Math.Floor(deepStrike / 5) * 5);
        int hi = Math.Max(lo, (int)Math.Ceiling(farStrike / 5) * 5);
        double b5 = Math.Clamp(0.5 * standardDeviationPoints, 25, 60);
        double b25 = Math.Max(1.25 * standardDeviationPoints, b5), b50 = Math.Max(2.25 * standardDeviationPoints, b25);
        bool fivePoint = calendarDays <= FivePointDays;
        return new SpxStrikeLadder(
            fivePoint ? Clip(forward - b5) : int.MaxValue, fivePoint ? Clip(forward + b5) : int.MinValue,
            Clip(forward - b25), Clip(forward + b25),
            Clip(forward - b50), Clip(forward + b50), lo, hi);

        int Clip(double strike) => Math.Clamp((int)Math.Round(strike), lo, hi);
    }

    /// <summary>The ladder listing every strike of both.</summary>
    public SpxStrikeLadder Union(SpxStrikeLadder other) => new(
        Math.Min(Low5, other.Low5), Math.Max(High5, other.High5), Math.Min(Low25, other.Low25), Math.Max(High25, other.High25),
        Math.Min(Low50, other.Low50), Math.Max(High50, other.High50), Math.Min(Low100, other.Low100), Math.Max(High100, other.High100));

    /// <summary>The listed strikes, ascending, into <paramref name="strikes"/> (cleared first).</summary>
    public void Strikes(List<double> strikes)
    {
        strikes.Clear();
        int from = Math.Min(Math.Min(Low5, Low25), Math.Min(Low50, Low100));
        int to = Math.Max(Math.Max(High5, High25), Math.Max(High50, High100));
        for (int k = (from + 4) / 5 * 5; k <= to; k += 5)
        {
            if ((k >= Low5 && k <= High5) || (k % 25 == 0 && k >= Low25 && k <= High25)
                || (k % 50 == 0 && k >= Low50 && k <= High50) || (k % 100 == 0 && k >= Low100 && k <= High100))
                strikes.Add(k);
        }
    }
}
