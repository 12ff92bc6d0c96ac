using System.Buffers;

namespace VixShield.Core.Metrics;

/// <summary>Statistics of a daily mark-to-market equity curve in dollars, computed in one pass without allocating.</summary>
/// <remarks>
/// <para>The curve is starting capital, then equity[0..n−1] recorded after each snapshot's step; the running peak
/// starts at the starting capital. Daily return t is equity[t] / equity[t−1] − 1, and return 0 is measured from the
/// starting capital, so there are n returns.</para>
/// <para>Excess returns subtract the risk-free rate of the day: an annual rate is turned into a daily one as
/// rate / 252 (simple, per trading day, matching the √252 annualization). With a per-snapshot rate series, the return
/// into snapshot t earns the rate quoted at snapshot t − 1 (at 0, the rate of snapshot 0).</para>
/// <para>CVaR 95%: the worst ⌈5% × n⌉ returns (rounded up, so never an empty tail: 20 returns give 1, 21 give 2).
/// CAGR uses calendar days between the first and last snapshot / 365.25 (a mean year including leap days), so a
/// 1461-day span is exactly four years; a non-positive final equity is a total loss, −100%.</para>
/// </remarks>
public static class EquityCurve
{
    public const double TradingDaysPerYear = 252;
    public const double DaysPerYear = 365.25;

    private const int StackTail = 256;

    /// <param name="equity">Equity after each snapshot, dollars.</param>
    /// <param name="dayNumbers">Each snapshot's calendar day (<see cref="DateOnly.DayNumber"/>), ascending.</param>
    /// <param name="startingCapital">Dollars, positive.</param>
    /// <param name="annualRiskFreeRate">Annual decimal, e.g. 0.05.</param>
    public static EquityCurveMetrics Measure(ReadOnlySpan<double> equity, ReadOnlySpan<int> dayNumbers, double startingCapital, double annualRiskFreeRate) =>
        Measure(equity, dayNumbers, startingCapital, [], annualRiskFreeRate);

    /// <param name="equity">Equity after each snapshot, dollars.</param>
    /// <param name="dayNumbers">Each snapshot's calendar day (<see cref="DateOnly.DayNumber"/>), ascending.</param>
    /// <param name="startingCapital">Dollars, positive.</param>
    /// <param name="annualRiskFreeRates">The dataset's rate at each snapshot, annual decimals.</param>
    public static EquityCurveMetrics Measure(ReadOnlySpan<double> equity, ReadOnlySpan<int> dayNumbers, double startingCapital, ReadOnlySpan<double> annualRiskFreeRates)
    {
        if (annualRiskFreeRates.Length != equity.Length)
            throw new ArgumentException("The risk-free rate series needs one rate per snapshot.", nameof(annualRiskFreeRates));
        return Measure(equity, dayNumbers, startingCapital, annualRiskFreeRates, double.NaN);
    }

    /// <summary>Fills <paramref name="destination"/> with the n daily returns (fractions) the statistics are built from.</summary>
    public static void DailyReturns(ReadOnlySpan<double> equity, double startingCapital, Span<double> destination)
    {
        if (destination.Length != equity.Length)
            throw new ArgumentException("The destination needs one return per snapshot.", nameof(destination));
        double previous = startingCapital;
        for (int t = 0; t < equity.Length; t++)
        {
            destination[t] = equity[t] / previous - 1;
            previous = equity[t];
        }
    }

    /// <summary>How many of <paramref name="returns"/> daily returns make up the 5% tail: ⌈returns / 20⌉.</summary>
    public static int TailCount(int returns) => (returns + 19) / 20;

    private static EquityCurveMetrics Measure(ReadOnlySpan<double> equity, ReadOnlySpan<int> dayNumbers, double startingCapital, ReadOnlySpan<double> rates, double constantRate)
    {
        if (dayNumbers.Length != equity.Length)
            throw new ArgumentException("Every equity value needs its snapshot's date.", nameof(dayNumbers));
        if (!(startingCapital > 0))
            throw new ArgumentOutOfRangeException(nameof(startingCapital), startingCapital, "Starting capital must be positive.");
        int n = equity.Length;
        if (n == 0)
            return new EquityCurveMetrics(double.NaN, double.NaN, 0, double.NaN, double.NaN, double.NaN, double.NaN, 0);

        int tailCount = TailCount(n);
        double[]? rented = null;
        Span<double> tailMemory = tailCount <= StackTail
            ? stackalloc double[StackTail]
            : rented = ArrayPool<double>.Shared.Rent(tailCount);
        try
        {
            var tail = new WorstReturns(tailMemory[..tailCount]);
            double peak = startingCapital, previous = startingCapital, maxDrawdown = 0;
            int underwater = 0, longestUnderwater = 0;
            // Welford's running mean and sum of squared deviations: one pass without cancellation.
            double mean = 0, squaredDeviations = 0, downsideSquares = 0;
            for (int t = 0; t < n; t++)
            {
                double value = equity[t];
                double dailyReturn = value / previous - 1;
                double riskFree = (rates.IsEmpty ? constantRate : rates[Math.Max(t - 1, 0)]) / TradingDaysPerYear;
                double excess = dailyReturn - riskFree;
                double delta = excess - mean;
                mean += delta / (t + 1);
                squaredDeviations += delta * (excess - mean);
                if (excess < 0)
                    downsideSquares += excess * excess;
                tail.Add(dailyReturn);

                if (value >= peak)
                {
                    peak = value;
                    underwater = 0;
                }
                else
                {
                    maxDrawdown = Math.Max(maxDrawdown, (peak - value) / peak);
                    longestUnderwater = Math.Max(longestUnderwater, ++underwater);
                }

                previous = value;
            }

            double sqrtYear = Math.Sqrt(TradingDaysPerYear);
            double deviation = n > 1 ? Math.Sqrt(squaredDeviations / (n - 1)) : 0;
            double downside = Math.Sqrt(downsideSquares / n);
            double sharpe = deviation > 0 ? mean / deviation * sqrtYear : double.NaN;
            double sortino = n > 1 && downside > 0 ? mean / downside * sqrtYear : double.NaN;
            double cagr = Cagr(startingCapital, equity[n - 1], dayNumbers[n - 1] - dayNumbers[0]);
            double calmar = maxDrawdown > 0 ? cagr / maxDrawdown : double.NaN;
            return new EquityCurveMetrics(cagr, maxDrawdown, longestUnderwater, sharpe, sortino, tail.Mean(), calmar, n);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static double Cagr(double startingCapital, double finalEquity, int calendarDays)
    {
        if (calendarDays <= 0)
            return double.NaN;
        if (finalEquity <= 0)
            return -1;
        return Math.Pow(finalEquity / startingCapital, DaysPerYear / calendarDays) - 1;
    }
}
