namespace VixShield.Data.Tests.Import;

/// <summary>Small hand-made input files shared by the import tests.</summary>
internal static class Samples
{
    /// <summary>Three trading days around the January 2016 monthly expiration (Friday 2016-01-15).</summary>
    public const string Series = """
        date,spx_open,spx_high,spx_low,spx_close,vix,vix3m,advances,declines,rate
        2016-01-13,1940.34,1950.33,1886.41,1890.28,25.22,25.91,612,2470,0.0021
        2016-01-14,1891.68,1934.47,1878.93,1921.84,23.95,25.19,1958,1101,0.0022
        2016-01-15,1916.68,1916.68,1857.83,1880.33,27.02,26.91,567,2510,0.0022

        """;

    /// <summary>The short Cboe layout the bad-input tests use: only the needed columns, not in the vendor's order.</summary>
    public const string CboeHeader =
        "quote_date,root,expiration,strike,option_type,bid_1545,ask_1545,implied_volatility_1545,delta_1545,gamma_1545,theta_1545,vega_1545,active_underlying_price_1545,open_interest,trade_volume";

    /// <summary>A valid row of <see cref="CboeHeader"/>.</summary>
    public const string CboeRow = "2016-01-14,SPXW,2016-01-22,1900,P,13.10,13.60,0.2311,-0.4012,0.0041,-0.9125,0.8870,1921.84,1500,120";

    public static string Cboe(params string[] rows) => string.Join('\n', [CboeHeader, .. rows]) + "\n";
}
