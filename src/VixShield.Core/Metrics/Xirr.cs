using System.Buffers;

namespace VixShield.Core.Metrics;

/// <summary>Excel's XIRR: the annual rate r with Σ amount_i / (1 + r)^((day_i − day_0) / 365) = 0 over calendar dates.</summary>
/// <remarks>
/// <para>Amounts are dollars, negative for money committed and positive for money returned; the result is an annual
/// decimal (0.12 = 12%). Dates may come in any order. Excel measures from the first listed date; this measures from
/// the earliest, which multiplies every term by the same positive (1 + r)^(shift / 365) and so has the same root,
/// while keeping every exponent ≥ 0.</para>
/// <para>Solved in x = ln(1 + r), where the NPV is smooth for every real x and r &gt; −100% holds by construction:
/// a sign change is searched outward from Excel's default guess of 10%, then Newton steps are kept inside that
/// bracket (bisecting when a step would leave it or stalls). When several rates solve the equation, one near 10%
/// is returned: the search widens in doubling steps, the higher side first at each width.</para>
/// <para>NaN means no rate exists: no positive or no negative amount, every amount on one date, or an NPV that never
/// changes sign between r = e^−30 − 1 (−99.99999999999991%, where 1 + r still has a few significant digits in a
/// double) and astronomically high rates. A root closer to −100% would print as −1, a total loss it is not.</para>
/// </remarks>
public static class Xirr
{
    public const double DaysPerYear = 365;

    /// <summary>Excel's default guess, where the search for a root starts.</summary>
    public const double Guess = 0.1;

    private const int StackDates = 256;
    private const double FirstStep = 0.01;
    private const double HighestLogRate = 700;
    private const double LowestLogRate = -30;
    private const double LogRateTolerance = 1e-14;

    public static double Compute(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> amounts)
    {
        if (dates.Length != amounts.Length)
            throw new ArgumentException("Every cash flow needs exactly one date.");
        int[]? rented = null;
        Span<int> days = dates.Length <= StackDates
            ? stackalloc int[StackDates]
            : rented = ArrayPool<int>.Shared.Rent(dates.Length);
        try
        {
            days = days[..dates.Length];
            for (int i = 0; i < dates.Length; i++)
                days[i] = dates[i].DayNumber;
            return Compute(days, amounts);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <param name="dayNumbers">Calendar day of each flow, as <see cref="DateOnly.DayNumber"/> (the tape's DayNumbers).</param>
    /// <param name="amounts">Dollars, negative out, positive in.</param>
    public static double Compute(ReadOnlySpan<int> dayNumbers, ReadOnlySpan<double> amounts)
    {
        if (dayNumbers.Length != amounts.Length)
            throw new ArgumentException("Every cash flow needs exactly one date.");

        bool anyIn = false, anyOut = false;
        int first = int.MaxValue, last = int.MinValue;
        for (int i = 0; i < amounts.Length; i++)
        {
            if (!double.IsFinite(amounts[i]))
                return double.NaN;
            anyIn |= amounts[i] > 0;
            anyOut |= amounts[i] < 0;
            first = Math.Min(first, dayNumbers[i]);
            last = Math.Max(last, dayNumbers[i]);
        }

        if (!anyIn || !anyOut || last == first)
            return double.NaN;

        var npv = new NetPresentValue(dayNumbers, amounts, first);
        // exp(−x·t) must stay finite at the longest horizon, which bounds how close to −100% the search may go.
        double lowest = Math.Max(LowestLogRate, -HighestLogRate * DaysPerYear / (last - first));
        return FindBracket(npv, lowest, out double lo, out double hi)
            ? double.ExpM1(Solve(npv, lo, hi))
            : double.NaN;
    }

    // Steps of 0.01, 0.02, 0.04, ... away from the guess on both sides, so the first sign change found is near the
    // guess: a few evaluations for any realistic rate, about sixty to exhaust the whole range.
    private static bool FindBracket(in NetPresentValue npv, double lowest, out double lo, out double hi)
    {
        double start = Math.Log(1 + Guess);
        double valueAtStart = npv.Value(start);
        double up = start, down = start, valueUp = valueAtStart, valueDown = valueAtStart;
        lo = hi = start;
        if (valueAtStart == 0)
            return true;

        for (double step = FirstStep; up < HighestLogRate || down > lowest; step *= 2)
        {
            if (up < HighestLogRate)
            {
                double next = Math.Min(start + step, HighestLogRate), value = npv.Value(next);
                if (ChangesSign(valueUp, value))
                {
                    (lo, hi) = (up, next);
                    return true;
                }

                (up, valueUp) = (next, value);
            }

            if (down > lowest)
            {
                double next = Math.Max(start - step, lowest), value = npv.Value(next);
                if (ChangesSign(valueDown, value))
                {
                    (lo, hi) = (next, down);
                    return true;
                }

                (down, valueDown) = (next, value);
            }
        }

        return false;
    }

    private static bool ChangesSign(double a, double b) => a == 0 || b == 0 || (a < 0) != (b < 0);

    private static double Solve(in NetPresentValue npv, double lo, double hi)
    {
        if (lo == hi)
            return lo;
        // Orient the bracket so that the NPV is negative at `below` and positive at `above`.
        double below = lo, above = hi;
        if (npv.Value(lo) > 0)
            (below, above) = (hi, lo);

        double x = 0.5 * (lo + hi), lastStep = Math.Abs(hi - lo), step = lastStep;
        for (int i = 0; i < 200; i++)
        {
            var (value, slope) = npv.ValueAndSlope(x);
            if (value == 0)
                return x;
            if (value < 0) below = x;
            else above = x;

            double newton = x - value / slope;
            bool inside = slope != 0 && newton > Math.Min(below, above) && newton < Math.Max(below, above);
            // Bisect when Newton would leave the bracket or is not at least halving the error as bisection would.
            if (!inside || Math.Abs(2 * value) > Math.Abs(lastStep * slope))
            {
                lastStep = step;
                step = 0.5 * (above - below);
                x = below + step;
            }
            else
            {
                lastStep = step;
                step = x - newton;
                x = newton;
            }

            if (Math.Abs(step) < LogRateTolerance || Math.Abs(above - below) < LogRateTolerance)
                return x;
        }

        return x;
    }

    private readonly ref struct NetPresentValue(ReadOnlySpan<int> dayNumbers, ReadOnlySpan<double> amounts, int firstDay)
    {
        private readonly ReadOnlySpan<int> _days = dayNumbers;
        private readonly ReadOnlySpan<double> _amounts = amounts;

        public double Value(double logRate) => ValueAndSlope(logRate).Value;

        /// <summary>NPV at r = e^x − 1 and its derivative with respect to x.</summary>
        public (double Value, double Slope) ValueAndSlope(double logRate)
        {
            double value = 0, slope = 0;
            for (int i = 0; i < _amounts.Length; i++)
            {
                double years = (_days[i] - firstDay) / DaysPerYear;
                double discounted = _amounts[i] * Math.Exp(-logRate * years);
                value += discounted;
                slope -= years * discounted;
            }

            return (value, slope);
        }
    }
}
