namespace VixShield.Data.Synthetic;

/// <summary>
/// Simulates the Bates model under P over the trading calendar: one overnight step (15:45 → next 9:30) and five
/// 75-minute steps to the 15:45 snapshot per session, in business time, with full-truncation Euler for the variance
/// (Lord, Koekkoek and van Dijk 2010). Every random number is drawn here, sequentially from one seeded stream.
/// </summary>
/// <remarks>
/// High and low: each intraday step's extreme is drawn from the Brownian-bridge maximum (minimum) distribution between
/// its end points, max = (x₀ + x₁ + √((x₁ − x₀)² − 2s²ln U))/2 with s² the step's diffusive variance, so the range
/// has the right size without a fine grid. Draw order per session: rate, breadth, then per step (z₁, z₂, jump count,
/// jump sizes, and for intraday steps two bridge uniforms).
/// </remarks>
public static class MarketPathSimulator
{
    private const int IntradaySteps = 5;

    public static MarketPath Simulate(SyntheticMarketOptions options)
    {
        options.Validate();
        var days = TradingCalendar.TradingDays(options.Start, options.End);
        var model = options.Model;
        var q = new RiskNeutralVariance(model);
        var rates = options.Rates;
        var random = new SeededRandom(options.Seed);
        var path = new MarketPath(days.Count);

        double kappa = model.MeanReversion, theta = model.LongRunVariance, sigma = model.VolOfVariance, rho = model.Correlation;
        double rhoBar = Math.Sqrt(1 - rho * rho);
        var jumps = model.Jumps;
        double dtSession = 1 / SessionClock.SessionsPerYear;
        double dtOvernight = (SessionClock.SnapshotToCloseShare + SessionClock.OvernightShare) * dtSession;
        double dtIntraday = SessionClock.OpenToSnapshotShare / IntradaySteps * dtSession;

        double logSpot = Math.Log(model.InitialSpot), v = model.InitialVariance, rate = rates.InitialRate, factor = 0;
        double previousClose = model.InitialSpot, previousVariance = model.InitialVariance;

        for (int d = 0; d < days.Count; d++)
        {
            rate = Math.Max(0, rate + rates.MeanReversion * (rates.LongRunRate - rate) * dtSession
                + rates.Volatility * Math.Sqrt(dtSession) * random.NextNormal());
            factor = BreadthModel.NextFactor(factor, random.NextNormal());
            double drift = rate - model.DividendYield + model.EquityPremium;

            Step(dtOvernight, withRange: false, out _, out _);
            double open = logSpot, high = logSpot, low = logSpot;
            path.OpenVariance[d] = Math.Max(v, 0);
            for (int i = 0; i < IntradaySteps; i++)
            {
                Step(dtIntraday, withRange: true, out double stepHigh, out double stepLow);
                high = Math.Max(high, stepHigh);
                low = Math.Min(low, stepLow);
            }

            double close = Cents(Math.Exp(logSpot));
            path.Dates[d] = days[d];
            path.Open[d] = Cents(Math.Exp(open));
            path.Close[d] = close;
            path.High[d] = Math.Max(Cents(Math.Exp(high)), Math.Max(path.Open[d], close));
            path.Low[d] = Math.Min(Cents(Math.Exp(low)), Math.Min(path.Open[d], close));
            path.Variance[d] = Math.Max(v, 0);
            path.Rate[d] = Math.Round(rate, 6);
            path.Vix[d] = Math.Round(q.Vix(path.Variance[d]), 2);
            path.Vix3m[d] = Math.Round(q.Vix3m(path.Variance[d]), 2);
            path.VixOpen[d] = Math.Round(q.Vix(path.OpenVariance[d]), 2);
            (path.Advances[d], path.Declines[d]) = BreadthModel.Split(Math.Log(close / previousClose), previousVariance, factor);
            previousClose = close;
            previousVariance = path.Variance[d];

            void Step(double dt, bool withRange, out double stepHigh, out double stepLow)
            {
                double vPlus = Math.Max(v, 0);
                double z1 = random.NextNormal(), z2 = rho * z1 + rhoBar * random.NextNormal();
                double intensity = jumps.Intensity(vPlus);
                int jumpCount = random.NextPoisson(intensity * dt);
                double jump = 0;
                for (int j = 0; j < jumpCount; j++)
                    jump += jumps.MeanLogJump + jumps.LogJumpVolatility * random.NextNormal();
                double start = logSpot;
                double diffusion = Math.Sqrt(vPlus * dt);
                logSpot += (drift - intensity * jumps.MeanRelativeJump - 0.5 * vPlus) * dt + diffusion * z1 + jump;
                v += kappa * (theta - vPlus) * dt + sigma * diffusion * z2;
                stepHigh = stepLow = logSpot;
                if (withRange)
                {
                    double move = logSpot - start, spread = 2 * vPlus * dt;
                    stepHigh = 0.5 * (start + logSpot + Math.Sqrt(move * move - spread * Math.Log(random.NextUniform())));
                    stepLow = 0.5 * (start + logSpot - Math.Sqrt(move * move - spread * Math.Log(random.NextUniform())));
                }
            }
        }

        return path;
    }

    private static double Cents(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);
}
