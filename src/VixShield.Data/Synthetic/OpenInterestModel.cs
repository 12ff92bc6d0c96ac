using VixShield.Core.Market;

namespace VixShield.Data.Synthetic;

/// <summary>
/// Plausible open interest and volume (contracts) for an SPX quote, from a deterministic hash of the contract, so pricing
/// can run in parallel and stay reproducible. Open interest peaks on out-of-the-money puts about one standard deviation
/// down and on calls half a standard deviation up, is 4× higher on monthlies and higher on round strikes, with a
/// lognormal contract effect (σ = 0.5, fixed for the contract's life). Daily volume is 2–20% of open interest, more near expiry.
/// </summary>
public static class OpenInterestModel
{
    public static (int OpenInterest, int Volume) For(
        long seed, int date, int expiration, double strike, OptionRight right, double standardizedMoneyness, bool monthly, int calendarDays)
    {
        double center = right == OptionRight.Put ? -1.0 : 0.5;
        double x = (standardizedMoneyness - center) / 1.2;
        int k = (int)strike;
        double round = k % 100 == 0 ? 1.6 : k % 25 == 0 ? 1.25 : 1.0;
        double contract = Math.Exp(0.5 * Normal(Hash(seed, expiration, k, (int)right, 0)));
        double openInterest = (monthly ? 6000 : 1500) * Math.Exp(-0.5 * x * x) * round * contract;
        double day = Uniform(Hash(seed, expiration, k, (int)right, date));
        double turnover = (0.02 + 0.08 * day) * (1 + 1.0 / (1 + calendarDays));
        return ((int)Math.Round(openInterest), (int)Math.Round(openInterest * turnover));
    }

    private static ulong Hash(long seed, int expiration, int strike, int right, int date) =>
        SeededRandom.Mix(SeededRandom.Mix(SeededRandom.Mix((ulong)seed ^ ((ulong)(uint)expiration << 20)) ^ ((ulong)(uint)strike << 2 | (uint)right)) ^ (ulong)(uint)date);

    private static double Uniform(ulong bits) => ((bits >> 11) + 0.5) * (1.0 / (1UL << 53));

    private static double Normal(ulong bits) => Core.Pricing.StandardNormal.InverseCdf(Uniform(bits));
}
