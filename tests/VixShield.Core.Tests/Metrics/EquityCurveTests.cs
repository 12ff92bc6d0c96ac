using VixShield.Core.Metrics;

namespace VixShield.Core.Tests.Metrics;

public class EquityCurveTests
{
    private static readonly int Day0 = new DateOnly(2024, 1, 2).DayNumber;

    // Capital 100, returns +10%, −10%, +5%, +20%, −20% on five consecutive calendar days.
    private static readonly double[] Swings = [110, 99, 103.95, 124.74, 99.792];
    private static readonly int[] FiveDays = [Day0, Day0 + 1, Day0 + 2, Day0 + 3, Day0 + 4];

    [Fact]
    public void Drawdown_and_time_under_water()
    {
        // Peak 100 → 110 (new peak); 99 is 11/110 = 10% under; 103.95 still under (2 days); 124.74 new peak;
        // 99.792 is 1 − 99.792/124.74 = 20% under (1 day). Max drawdown 0.20, longest under water 2 snapshots.
        var m = EquityCurve.Measure(Swings, FiveDays, 100, 0);
        Assert.Equal(0.20, m.MaxDrawdown, 1e-12);
        Assert.Equal(2, m.MaxDrawdownDays);
        Assert.Equal(5, m.Returns);
    }

    [Fact]
    public void Sharpe_sortino_and_cvar_without_a_risk_free_rate()
    {
        // Returns 0.10, −0.10, 0.05, 0.20, −0.20: mean 0.05/5 = 0.01.
        // Deviations 0.09, −0.11, 0.04, 0.19, −0.21; squares .0081 + .0121 + .0016 + .0361 + .0441 = 0.102;
        // sample variance 0.102/4 = 0.0255, sd 0.15968719423; Sharpe = 0.01/0.15968719423 × √252 (15.8745079)
        // = 0.99410024350.
        // Downside: (−0.1)² + (−0.2)² = 0.05 over all 5 days = 0.01, root 0.1; Sortino = 0.01/0.1 × √252 = 1.58745078664.
        // CVaR 95%: ⌈5/20⌉ = 1 worst return = −0.20.
        var m = EquityCurve.Measure(Swings, FiveDays, 100, 0);
        Assert.Equal(0.994100243495417, m.Sharpe, 1e-12);
        Assert.Equal(1.58745078663875, m.Sortino, 1e-12);
        Assert.Equal(-0.20, m.Cvar95, 1e-12);
    }

    [Fact]
    public void Excess_returns_over_a_constant_rate()
    {
        // 2.52% a year is 0.0252/252 = 0.0001 a day. Mean excess 0.0099, sd unchanged 0.15968719423:
        // Sharpe 0.0099/0.15968719423 × √252 = 0.98415924106.
        // Downside: (−0.1001)² + (−0.2001)² = 0.01002001 + 0.04004001 = 0.05006002; /5 = 0.010012004; root 0.10006000;
        // Sortino 0.0099/0.10006000 × √252 = 1.57063386706.
        var m = EquityCurve.Measure(Swings, FiveDays, 100, 0.0252);
        Assert.Equal(0.984159241060463, m.Sharpe, 1e-12);
        Assert.Equal(1.57063386705829, m.Sortino, 1e-12);
        Assert.Equal(-0.20, m.Cvar95, 1e-12); // CVaR is of raw returns
    }

    [Fact]
    public void Per_snapshot_rates_apply_the_rate_known_at_the_start_of_each_day()
    {
        // Rates 2.52%, 2.52%, 5.04%, 2.52%, 2.52%: the return into snapshot 3 uses snapshot 2's 5.04% (0.0002 a day),
        // the return into snapshot 2 still snapshot 1's 2.52%.
        // Excess: 0.0999, −0.1001, 0.0499, 0.1998, −0.2001 → mean 0.0494/5 = 0.00988.
        // Deviations .09002, −.10998, .04002, .18992, −.20998: squares sum 0.101962008, /4 = 0.025490502,
        // sd 0.15965745; Sharpe 0.00988/0.15965745 × √252 = 0.98235400660. Downside as before: 0.10006000;
        // Sortino 0.00988/0.10006000 × √252 = 1.56746086935.
        double[] rates = [0.0252, 0.0252, 0.0504, 0.0252, 0.0252];
        var m = EquityCurve.Measure(Swings, FiveDays, 100, rates);
        Assert.Equal(0.982354006599771, m.Sharpe, 1e-12);
        Assert.Equal(1.56746086934706, m.Sortino, 1e-12);
    }

    [Fact]
    public void Cagr_over_calendar_days_and_calmar()
    {
        // 100 → 146.41 = 100 × 1.1⁴ over 2020-01-01 .. 2024-01-01 = 1461 days = 4 years of 365.25 days: CAGR 10%.
        // Path 110, 99 (10% under the 110 peak), 121, 133.1, 146.41: max drawdown 0.10, Calmar 0.10/0.10 = 1.
        int first = new DateOnly(2020, 1, 1).DayNumber;
        int[] days = [first, first + 400, first + 800, first + 1200, new DateOnly(2024, 1, 1).DayNumber];
        var m = EquityCurve.Measure([110, 99, 121, 133.1, 146.41], days, 100, 0);
        Assert.Equal(1461, days[4] - days[0]);
        Assert.Equal(0.10, m.Cagr, 1e-12);
        Assert.Equal(0.10, m.MaxDrawdown, 1e-12);
        Assert.Equal(1.0, m.Calmar, 1e-10);
        Assert.Equal(1, m.MaxDrawdownDays);
    }

    [Fact]
    public void Cagr_of_the_swings_over_four_calendar_days()
    {
        // 100 × 1.1 × 0.9 × 1.05 × 1.2 × 0.8 = 99.792 after 4 days: 0.99792^(365.25/4) − 1 = −0.17314654595.
        var m = EquityCurve.Measure(Swings, FiveDays, 100, 0);
        Assert.Equal(-0.173146545948007, m.Cagr, 1e-10);
        Assert.Equal(-0.173146545948007 / 0.2, m.Calmar, 1e-9);
    }

    [Fact]
    public void A_curve_that_opens_below_capital_and_never_recovers()
    {
        // Running peak starts at the capital, 100: 90, 95, 99 are all under water (3 snapshots), worst 10%.
        var m = EquityCurve.Measure([90, 95, 99], [Day0, Day0 + 1, Day0 + 2], 100, 0);
        Assert.Equal(0.10, m.MaxDrawdown, 1e-12);
        Assert.Equal(3, m.MaxDrawdownDays);
    }

    [Theory]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    [InlineData(2520, 126)]
    [InlineData(1, 1)]
    public void Tail_count_rounds_five_percent_up(int returns, int tail) => Assert.Equal(tail, EquityCurve.TailCount(returns));

    [Theory]
    [InlineData(40, -0.04)]        // worst 2: (−0.05 − 0.03)/2
    [InlineData(41, -0.1 / 3)]     // worst 3: (−0.05 − 0.03 − 0.02)/3
    public void Cvar_is_the_mean_of_the_rounded_up_tail(int count, double expected)
    {
        // count − 3 days of +1%, then −5%, −3%, −2% scattered through the series.
        var returns = Enumerable.Repeat(0.01, count).ToArray();
        returns[3] = -0.05;
        returns[count / 2] = -0.03;
        returns[count - 2] = -0.02;
        var m = EquityCurve.Measure(Compound(100, returns), Consecutive(count), 100, 0);
        Assert.Equal(expected, m.Cvar95, 1e-12);
    }

    [Fact]
    public void Undefined_statistics_are_NaN()
    {
        // Flat: no dispersion, no downside, no drawdown.
        var flat = EquityCurve.Measure([100, 100, 100], [Day0, Day0 + 1, Day0 + 2], 100, 0);
        Assert.True(double.IsNaN(flat.Sharpe));
        Assert.True(double.IsNaN(flat.Sortino));
        Assert.True(double.IsNaN(flat.Calmar));
        Assert.Equal(0, flat.MaxDrawdown);
        Assert.Equal(0, flat.Cagr);

        // One snapshot: one return, no elapsed calendar time.
        var one = EquityCurve.Measure([105], [Day0], 100, 0);
        Assert.True(double.IsNaN(one.Sharpe));
        Assert.True(double.IsNaN(one.Cagr));
        Assert.Equal(0.05, one.Cvar95, 1e-12);

        var none = EquityCurve.Measure([], [], 100, 0);
        Assert.Equal(0, none.Returns);
        Assert.True(double.IsNaN(none.MaxDrawdown));

        Assert.Equal(-1, EquityCurve.Measure([50, 0], [Day0, Day0 + 10], 100, 0).Cagr);
    }

    [Fact]
    public void Caller_errors_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EquityCurve.Measure([1.0, 2], [Day0], 100, 0));
        Assert.Throws<ArgumentException>(() => EquityCurve.Measure([1.0, 2], [Day0, Day0 + 1], 100, [0.01]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EquityCurve.Measure([1.0], [Day0], 0, 0));
    }

    [Fact]
    public void Daily_returns_start_from_the_capital()
    {
        var returns = new double[5];
        EquityCurve.DailyReturns(Swings, 100, returns);
        double[] expected = [0.10, -0.10, 0.05, 0.20, -0.20];
        for (int i = 0; i < 5; i++)
            Assert.Equal(expected[i], returns[i], 1e-12);
    }

    [Fact]
    public void One_pass_matches_a_naive_two_pass_computation_on_ten_years()
    {
        int n = 2520;
        var returns = Enumerable.Range(0, n).Select(i => 0.0004 + 0.01 * Math.Sin(i * 0.7) * Math.Cos(i * 0.013)).ToArray();
        var equity = Compound(1_000_000, returns);
        var m = EquityCurve.Measure(equity, Consecutive(n), 1_000_000, 0.03);

        var excess = returns.Select(r => r - 0.03 / 252).ToArray();
        double mean = excess.Average();
        double sd = Math.Sqrt(excess.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        double downside = Math.Sqrt(excess.Sum(x => x < 0 ? x * x : 0) / n);
        double cvar = returns.Order().Take(126).Average();
        Assert.Equal(mean / sd * Math.Sqrt(252), m.Sharpe, 1e-9);
        Assert.Equal(mean / downside * Math.Sqrt(252), m.Sortino, 1e-9);
        Assert.Equal(cvar, m.Cvar95, 1e-12);
    }

    [Fact]
    public void Measuring_allocates_nothing()
    {
        int n = 2520;
        var equity = Compound(1_000_000, Enumerable.Range(0, n).Select(i => 0.01 * Math.Sin(i * 0.37)).ToArray());
        var days = Consecutive(n);
        var rates = Enumerable.Repeat(0.04, n).ToArray();
        EquityCurve.Measure(equity, days, 1_000_000, rates);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var m = EquityCurve.Measure(equity, days, 1_000_000, rates);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.Equal(n, m.Returns);
    }

    private static double[] Compound(double capital, double[] returns)
    {
        var equity = new double[returns.Length];
        double value = capital;
        for (int i = 0; i < returns.Length; i++)
            equity[i] = value *= 1 + returns[i];
        return equity;
    }

    private static int[] Consecutive(int n) => Enumerable.Range(Day0, n).ToArray();
}
