using System.Text.Json;
using System.Text.Json.Nodes;

namespace VixShield.Data.Synthetic;

/// <summary>The manifest's <c>source.model</c>: the model's name, every parameter of the run and the literature it rests on.</summary>
public static class ModelDescription
{
    public const string Name = "bates-svj-affine-intensity/ssvi";

    public static readonly IReadOnlyList<string> References =
    [
        "Heston (1993), A closed-form solution for options with stochastic volatility, Review of Financial Studies 6(2)",
        "Bates (1996), Jumps and stochastic volatility: exchange rate processes implicit in Deutsche Mark options, Review of Financial Studies 9(1)",
        "Bates (2000), Post-'87 crash fears in the S&P 500 futures option market, Journal of Econometrics 94",
        "Bakshi, Cao and Chen (1997), Empirical performance of alternative option pricing models, Journal of Finance 52(5)",
        "Pan (2002), The jump-risk premia implicit in options: evidence from an integrated time-series study, Journal of Financial Economics 63",
        "Eraker, Johannes and Polson (2003), The impact of jumps in volatility and returns, Journal of Finance 58(3)",
        "Ait-Sahalia and Kimmel (2007), Maximum likelihood estimation of stochastic volatility models, Journal of Financial Economics 83",
        "Broadie, Chernov and Johannes (2007), Model specification and risk premia: evidence from futures options, Journal of Finance 62(3)",
        "Carr and Wu (2009), Variance risk premiums, Review of Financial Studies 22(3)",
        "Duan and Yeh (2010), Jump and volatility risk premiums implied by VIX, Journal of Economic Dynamics and Control 34",
        "Cox, Ingersoll and Ross (1985), A theory of the term structure of interest rates, Econometrica 53",
        "Zhu and Lian (2012), An analytical formula for VIX futures and its applications, Journal of Futures Markets 32(2)",
        "Gatheral and Jacquier (2014), Arbitrage-free SVI volatility surfaces, Quantitative Finance 14(1)",
        "Lord, Koekkoek and van Dijk (2010), A comparison of biased simulation schemes for stochastic volatility models, Quantitative Finance 10(2)",
        "Vasicek (1977), An equilibrium characterization of the term structure, Journal of Financial Economics 5",
        "Blackman and Vigna (2021), Scrambled linear pseudorandom number generators, ACM TOMS 47(4)",
        "Cboe, VIX White Paper and VX futures contract specifications (final settlement date rule)",
    ];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static JsonObject For(SyntheticMarketOptions options) => new()
    {
        ["name"] = Name,
        ["measure"] = "paths simulated under P; VIX, VIX3M, VIX futures and option surfaces under Q",
        ["bates"] = JsonSerializer.SerializeToNode(options.Model, Json),
        ["risk_neutral_long_run_variance"] = options.Model.RiskNeutralLongRunVariance,
        ["rates"] = JsonSerializer.SerializeToNode(options.Rates, Json),
        ["spx_surface_ssvi"] = JsonSerializer.SerializeToNode(options.SpxSurface, Json),
        ["spx_surface_atm_level"] = "SSVI theta(T) such that the slice's log contract (Cboe VIX strip) equals E^Q of the log-contract variance, diffusive plus jumps, over the business time to expiry",
        ["vix_smile_ssvi"] = JsonSerializer.SerializeToNode(options.VixSmile, Json),
        ["listing"] = JsonSerializer.SerializeToNode(options.Listing, Json),
        ["references"] = new JsonArray([.. References.Select(r => (JsonNode?)JsonValue.Create(r))]),
    };
}
