using VixShield.Core.Pricing;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Sweeps.Tests.Overfitting;

public sealed class DeflatedSharpeTests
{
    // The paper's worked example: the best of N = 100 trials shows an annualized Sharpe of 2.5 over T = 1,250 daily returns
    // (250 a year) with skewness −3 and kurtosis 10; the trials' annualized Sharpe ratios have variance 0.5.
    private static readonly DeflatedSharpeInput PaperExample =
        DeflatedSharpeInput.FromAnnualized(2.5, 0.5, 250, 1_250, -3, 10, 100);

    [Fact]
    public void The_papers_example_gives_SR0_0_1132_per_period_and_DSR_0_9004()
    {
        // Per period: SR = 2.5/√250 = 0.158114, V = 0.5/250 = 0.002.
        // SR₀ = √0.002 · (0.422784·Φ⁻¹(0.99) + 0.577216·Φ⁻¹(1 − 1/(100e))) = 0.044721 · 2.530603 = 0.113172.
        // DSR = Φ((0.158114 − 0.113172)·√1249 / √(1 + 3·0.158114 + 9/4·0.158114²)) = Φ(1.58830 / 1.23717) = Φ(1.28382) = 0.90040.
        var result = DeflatedSharpe.Compute(PaperExample);
        Assert.Equal(2.5 / Math.Sqrt(250), result.Input.SharpePerPeriod, 1e-15);
        Assert.Equal(0.002, result.Input.TrialSharpeVariancePerPeriod, 1e-15);
        Assert.Equal(0.1132, result.ExpectedMaxSharpePerPeriod, 4);
        Assert.Equal(0.9004, result.DeflatedSharpeRatio, 4);
        Assert.Same(PaperExample, result.Input);

        // Against zero rather than SR₀, the same Sharpe is all but certain: z = 0.158114·√1249 / 1.23717 = 4.5167, Φ = 0.999997.
        Assert.True(result.ProbabilisticSharpeRatio > 0.99999);
    }

    [Fact]
    public void SR0_annualizes_back_to_the_papers_scale()
    {
        // The annualized SR₀ is the per-period one × √250: √0.5 · 2.530603 = 1.789406.
        double annual = DeflatedSharpe.ExpectedMaxSharpe(100, 0.5);
        Assert.Equal(1.789406, annual, 6);
        Assert.Equal(annual / Math.Sqrt(250), DeflatedSharpe.Compute(PaperExample).ExpectedMaxSharpePerPeriod, 1e-14);
    }

    [Theory]
    [InlineData(100, 2.50759)]
    [InlineData(1_000, 3.24144)]
    public void SR0_is_close_to_the_exact_expected_maximum_of_N_standard_normals(int trials, double rounded)
    {
        // E[max of N N(0,1)] = ∫ x · N·φ(x)·Φ(x)^(N−1) dx, integrated here on a fine grid; the paper's formula
        // approximates it within 1% for these N.
        double exact = 0, step = 1e-3;
        for (double x = -10; x <= 10; x += step)
            exact += x * trials * StandardNormal.Pdf(x) * Math.Pow(StandardNormal.Cdf(x), trials - 1) * step;
        Assert.Equal(rounded, exact, 4);
        Assert.Equal(exact, DeflatedSharpe.ExpectedMaxSharpe(trials, 1), exact * 0.01);
    }

    [Fact]
    public void PSR_against_the_observed_Sharpe_itself_is_one_half()
    {
        Assert.Equal(0.5, DeflatedSharpe.Probabilistic(0.12, 0.12, 500, -1.5, 7), 15);
        Assert.Equal(0.5, DeflatedSharpe.Probabilistic(-0.05, -0.05, 30, 0.4, 2.5), 15);
    }

    [Fact]
    public void PSR_of_normal_returns_has_the_closed_form()
    {
        // Skewness 0 and kurtosis 3 reduce the denominator to √(1 + SR²/2). With SR = 0.2 and T = 101:
        // z = (0.2 − SR*) · 10 / √1.02; choosing SR* = 0.2 − 0.2·√1.02 makes z = 2, and Φ(2) = 0.977249868051821.
        double benchmark = 0.2 - 0.2 * Math.Sqrt(1.02);
        Assert.Equal(0.977249868051821, DeflatedSharpe.Probabilistic(0.2, benchmark, 101, 0, 3), 13);

        // And against zero: z = 2/√1.02 = 1.98029508595..., Φ = 0.976165...
        Assert.Equal(StandardNormal.Cdf(2 / Math.Sqrt(1.02)), DeflatedSharpe.Probabilistic(0.2, 0, 101, 0, 3), 15);
        Assert.Equal(0.97616, DeflatedSharpe.Probabilistic(0.2, 0, 101, 0, 3), 5);
    }

    [Fact]
    public void Negative_skew_and_fat_tails_lower_the_PSR_of_a_positive_Sharpe()
    {
        double normal = DeflatedSharpe.Probabilistic(0.1, 0, 250, 0, 3);
        double crashy = DeflatedSharpe.Probabilistic(0.1, 0, 250, -3, 10);
        Assert.True(crashy < normal);
    }

    [Fact]
    public void DSR_falls_as_more_trials_were_run_and_one_trial_is_no_selection()
    {
        int[] trials = [1, 2, 10, 100, 1_000, 10_000, 1_000_000];
        var dsr = trials.Select(n => DeflatedSharpe.Compute(PaperExample with { TrialCount = n }).DeflatedSharpeRatio).ToArray();
        Assert.All(dsr.Zip(dsr.Skip(1)), p => Assert.True(p.Second < p.First, $"{p.Second} after {p.First}"));

        var single = DeflatedSharpe.Compute(PaperExample with { TrialCount = 1 });
        Assert.Equal(0, single.ExpectedMaxSharpePerPeriod);
        Assert.Equal(single.ProbabilisticSharpeRatio, single.DeflatedSharpeRatio);
    }

    [Fact]
    public void Trials_that_all_agree_deflate_nothing()
    {
        var result = DeflatedSharpe.Compute(PaperExample with { TrialSharpeVariancePerPeriod = 0 });
        Assert.Equal(0, result.ExpectedMaxSharpePerPeriod);
        Assert.Equal(result.ProbabilisticSharpeRatio, result.DeflatedSharpeRatio);
    }

    [Fact]
    public void The_input_can_come_from_the_moments_of_a_return_series()
    {
        var moments = ReturnMoments.Of([0.01, 0.02, 0.03, 0.04, 0.10]);
        var input = DeflatedSharpeInput.From(moments, 20, 0.01);
        Assert.Equal(new DeflatedSharpeInput(moments.SharpePerPeriod, 5, moments.Skewness, moments.Kurtosis, 20, 0.01), input);
    }

    [Fact]
    public void Impossible_inputs_are_refused_with_the_reason()
    {
        // Kurtosis 2 with skewness 2 breaks kurtosis ≥ 1 + skewness²; at SR 0.6 the Sharpe variance turns negative.
        var impossible = Assert.Throws<ArgumentException>(() => DeflatedSharpe.Probabilistic(0.6, 0, 100, 2, 2));
        Assert.Contains("kurtosis must be at least 1 + skewness²", impossible.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DeflatedSharpe.Probabilistic(0.1, 0, 1, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeflatedSharpe.Probabilistic(double.NaN, 0, 100, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeflatedSharpe.ExpectedMaxSharpe(0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeflatedSharpe.ExpectedMaxSharpe(10, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeflatedSharpeInput.FromAnnualized(1, 0.5, 0, 100, 0, 3, 10));
    }
}
