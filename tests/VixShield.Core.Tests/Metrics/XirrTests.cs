using VixShield.Core.Metrics;

namespace VixShield.Core.Tests.Metrics;

public class XirrTests
{
    private static readonly DateOnly[] ExcelDates =
    [
        new(2008, 1, 1), new(2008, 3, 1), new(2008, 10, 30), new(2009, 2, 15), new(2009, 4, 1),
    ];

    private static readonly double[] ExcelAmounts = [-10000, 2750, 4250, 3250, 2750];

    [Fact]
    public void Excels_documented_example()
    {
        // Excel's XIRR help page: 0.373362535. Days from 2008-01-01: 0, 60, 303, 411, 456. The exact root of
        // −10000 + 2750/1.3734^(60/365) + ... is 0.37336253352 (extended precision); Excel's own Newton stops at a
        // looser tolerance, hence its last digit. 1e-8 covers both.
        Assert.Equal(0.373362535, Xirr.Compute(ExcelDates, ExcelAmounts), 1e-8);
        Assert.Equal(0.3733625335188315, Xirr.Compute(ExcelDates, ExcelAmounts), 1e-12);
    }

    [Fact]
    public void Dates_in_any_order_give_the_same_rate()
    {
        int[] order = [3, 0, 4, 2, 1];
        var dates = order.Select(i => ExcelDates[i]).ToArray();
        var amounts = order.Select(i => ExcelAmounts[i]).ToArray();
        Assert.Equal(Xirr.Compute(ExcelDates, ExcelAmounts), Xirr.Compute(dates, amounts), 1e-13);

        // The outflow listed last.
        int[] reversed = [4, 3, 2, 1, 0];
        Assert.Equal(0.3733625335188315,
            Xirr.Compute(reversed.Select(i => ExcelDates[i]).ToArray(), reversed.Select(i => ExcelAmounts[i]).ToArray()), 1e-12);
    }

    [Fact]
    public void One_year_of_365_days_at_ten_percent()
    {
        // −100 on 2021-01-01, +110 on 2022-01-01 (365 days): 110 / (1 + r)^1 = 100 → r = 0.10.
        Assert.Equal(0.10, Xirr.Compute([new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1)], [-100.0, 110]), 1e-12);
    }

    [Fact]
    public void A_leap_year_is_366_over_365_years()
    {
        // 2020-01-01 → 2021-01-01 is 366 days: (1 + r)^(366/365) = 1.1 → r = 1.1^(365/366) − 1 = 0.0997135859.
        Assert.Equal(Math.Pow(1.1, 365.0 / 366) - 1, Xirr.Compute([new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)], [-100.0, 110]), 1e-12);
        Assert.Equal(0.0997135859341412, Xirr.Compute([new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)], [-100.0, 110]), 1e-12);
    }

    [Fact]
    public void Two_years_of_coupons()
    {
        // −100, +55 after 365 days, +60.5 after 730: at 10%, 55/1.1 + 60.5/1.21 = 50 + 50 = 100.
        Assert.Equal(0.10, Xirr.Compute([0, 365, 730], [-100.0, 55, 60.5]), 1e-12);
    }

    [Fact]
    public void Losses_give_negative_rates_down_to_almost_minus_100_percent()
    {
        Assert.Equal(-0.5, Xirr.Compute([0, 365], [-100.0, 50]), 1e-12);
        // 1e-10 back after a year: r = 1e-12 − 1.
        Assert.Equal(-1 + 1e-12, Xirr.Compute([0, 365], [-100.0, 1e-10]), 1e-20);
    }

    [Fact]
    public void Huge_short_term_gains_stay_finite()
    {
        // Doubling in one day: (1 + r)^(1/365) = 2 → r = 2^365 − 1 ≈ 7.5e109.
        double rate = Xirr.Compute([0, 1], [-100.0, 200]);
        Assert.Equal(Math.Pow(2, 365), rate, Math.Pow(2, 365) * 1e-10);
    }

    [Fact]
    public void Several_roots_return_one_near_the_ten_percent_guess()
    {
        // −100 + 230/(1+r) − 132/(1+r)² = 0 ⇔ (1+r)² − 2.3 (1+r) + 1.32 = 0 ⇔ 1 + r ∈ {1.1, 1.2}.
        Assert.Equal(0.10, Xirr.Compute([0, 365, 730], [-100.0, 230, -132]), 1e-12);
        // Other flows whose roots are 20% and 30%: −100 + 250u − 156u² with u = 1/(1+r)
        // has 1 + r ∈ {1.2, 1.3} (2.5 ± √(6.25 − 6.24))/2; 20% is the nearer to the guess.
        Assert.Equal(0.20, Xirr.Compute([0, 365, 730], [-100.0, 250, -156]), 1e-12);
    }

    [Fact]
    public void No_rate_is_NaN()
    {
        Assert.True(double.IsNaN(Xirr.Compute([0, 365], [100.0, 110])), "all inflows");
        Assert.True(double.IsNaN(Xirr.Compute([0, 365], [-100.0, -110])), "all outflows");
        Assert.True(double.IsNaN(Xirr.Compute([0], [-100.0])), "one flow");
        Assert.True(double.IsNaN(Xirr.Compute(ReadOnlySpan<int>.Empty, ReadOnlySpan<double>.Empty)), "no flows");
        Assert.True(double.IsNaN(Xirr.Compute([0, 365], [-100.0, 0])), "everything lost: r = −100% is not a rate");
        Assert.True(double.IsNaN(Xirr.Compute([10, 10], [-100.0, 110])), "all on one day");
        Assert.True(double.IsNaN(Xirr.Compute([0, 365], [-100.0, double.NaN])), "a missing amount");
        // Signs change but −100 + 300u − 300u² < 0 for every u = 1/(1+r) > 0 (discriminant 9e4 − 12e4 < 0).
        Assert.True(double.IsNaN(Xirr.Compute([0, 365, 730], [-100.0, 300, -300])), "no real root");
    }

    [Fact]
    public void Mismatched_lengths_are_a_caller_error()
    {
        Assert.Throws<ArgumentException>(() => Xirr.Compute([0, 1], [1.0]));
        Assert.Throws<ArgumentException>(() => Xirr.Compute([new DateOnly(2020, 1, 1)], [1.0, 2]));
    }

    [Fact]
    public void Many_flows_beyond_the_stack_buffer()
    {
        // 1001 flows 30 days apart: −100, then 1000 payments of 1, and the 100 back with the last one.
        int n = 1001;
        var dates = new DateOnly[n];
        var amounts = new double[n];
        for (int i = 0; i < n; i++)
        {
            dates[i] = new DateOnly(2000, 1, 1).AddDays(30 * i);
            amounts[i] = i == 0 ? -100 : 1;
        }

        amounts[n - 1] += 100;
        // A bond paying 1 per 30-day period on 100 yields 1% per period: (1.01)^(365/30) − 1 per year.
        Assert.Equal(Math.Pow(1.01, 365.0 / 30) - 1, Xirr.Compute(dates, amounts), 1e-12);
    }

    [Fact]
    public void Random_condor_like_ledgers_solve_to_a_true_root()
    {
        // Capital committed on entry (negative), returned with P&L on exit, shuffled dates over ten years: one
        // change of sign in time order is not guaranteed, so check the defining equation rather than a value.
        var random = new Random(20240614);
        int solved = 0;
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(2, 60);
            var days = new int[n];
            var amounts = new double[n];
            for (int i = 0; i < n; i++)
            {
                days[i] = 730_000 + random.Next(0, 3650);
                amounts[i] = i % 2 == 0 ? -random.Next(500, 5000) : random.Next(0, 6000);
            }

            double rate = Xirr.Compute(days, amounts);
            if (double.IsNaN(rate))
                continue;
            solved++;
            int first = days.Min();
            double npv = 0, scale = 0;
            for (int i = 0; i < n; i++)
            {
                double factor = Math.Pow(1 + rate, -(days[i] - first) / 365.0);
                npv += amounts[i] * factor;
                scale += Math.Abs(amounts[i] * factor);
            }

            Assert.True(Math.Abs(npv) <= 1e-9 * scale, $"trial {trial}: r = {rate}, NPV {npv} of {scale}");
        }

        Assert.True(solved > 400, $"only {solved} of 500 ledgers had a rate"); // 442 with this seed
    }
}
