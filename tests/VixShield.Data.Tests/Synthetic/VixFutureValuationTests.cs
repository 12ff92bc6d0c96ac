using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

public class VixFutureValuationTests
{
    private static readonly BatesParameters Model = new();

    [Fact]
    public void Vix_is_the_closed_form_expected_variance()
    {
        var q = new RiskNeutralVariance(Model);
        double v = 0.02, tau = RiskNeutralVariance.VixYears;
        // Integrate E^Q[v_s] numerically and add the jump terms.
        double k = q.MeanReversion, theta = q.LongRunVariance, sum = 0;
        const int n = 10000;
        for (int i = 0; i < n; i++)
            sum += theta + (v - theta) * Math.Exp(-k * (i + 0.5) * tau / n);
        double mean = sum / n;
        var jumps = Model.RiskNeutralJumps;
        double expected = 100 * Math.Sqrt(mean * (1 + jumps.VarianceIntensity * jumps.VarianceSwapPerJump) + jumps.BaseIntensity * jumps.VarianceSwapPerJump);
        Assert.Equal(expected, q.Vix(v), 6);
        Assert.True(q.Vix3m(0.01) > q.Vix(0.01), "below the long-run level the VIX term structure slopes up");
        Assert.True(q.Vix3m(0.09) < q.Vix(0.09), "above it, it inverts");
    }

    [Fact]
    public void Future_matches_a_monte_carlo_of_the_variance()
    {
        var q = new RiskNeutralVariance(Model);
        var valuation = new VixFutureValuation(q);
        double v0 = 0.03, years = 0.25;
        var random = new SeededRandom(7);
        const int paths = 20000, steps = 250;
        double dt = years / steps, sum = 0;
        for (int p = 0; p < paths; p++)
        {
            double v = v0;
            for (int s = 0; s < steps; s++)
            {
                double vp = Math.Max(v, 0);
                v += q.MeanReversion * (q.LongRunVariance - vp) * dt + q.VolOfVariance * Math.Sqrt(vp * dt) * random.NextNormal();
            }

            sum += 100 * Math.Sqrt(q.VixA + q.VixB * Math.Max(v, 0));
        }

        double monteCarlo = sum / paths, model = valuation.Future(v0, years);
        Assert.InRange(model, monteCarlo - 0.15, monteCarlo + 0.15);
        Assert.True(model < valuation.RootMeanSquare(v0, years), "convexity: E[VIX] < √E[VIX²]");
    }

    [Fact]
    public void Future_at_expiry_is_spot_vix_and_tends_to_the_rms_without_vol_of_vol()
    {
        var valuation = new VixFutureValuation(new RiskNeutralVariance(Model));
        Assert.Equal(new RiskNeutralVariance(Model).Vix(0.02), valuation.Future(0.02, 0), 10);
        var calm = new VixFutureValuation(new RiskNeutralVariance(Model with { VolOfVariance = 0.01 }));
        Assert.InRange(calm.RootMeanSquare(0.02, 0.3) - calm.Future(0.02, 0.3), 0, 0.002);
    }
}
