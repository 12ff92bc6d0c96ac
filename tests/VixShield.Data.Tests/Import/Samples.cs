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

    /// <summary>The OptionsDX header, bracketed names separated by ", ".</summary>
    public const string OptionsDxHeader =
        "[QUOTE_UNIXTIME], [QUOTE_READTIME], [QUOTE_DATE], [QUOTE_TIME_HOURS], [UNDERLYING_LAST], [EXPIRE_DATE], [EXPIRE_UNIX], [DTE], "
        + "[C_DELTA], [C_GAMMA], [C_VEGA], [C_THETA], [C_RHO], [C_IV], [C_VOLUME], [C_LAST], [C_SIZE], [C_BID], [C_ASK], [STRIKE], "
        + "[P_BID], [P_ASK], [P_SIZE], [P_LAST], [P_DELTA], [P_GAMMA], [P_VEGA], [P_THETA], [P_RHO], [P_IV], [P_VOLUME], "
        + "[STRIKE_DISTANCE], [STRIKE_DISTANCE_PCT]";

    /// <summary>A plain, valid side of an OptionsDX line; tests change single fields with <c>with</c>.</summary>
    public static readonly OptionsDxSide DxQuote = new("0.500000", "0.005000", "2.000000", "-0.500000", "0.120000", "1.000000", "10.000000", "10.500000");

    /// <summary>An OptionsDX file: the header and the given lines.</summary>
    public static string OptionsDx(params string[] lines) => string.Join('\n', [OptionsDxHeader, .. lines]) + "\n";

    /// <summary>One OptionsDX line: the call's fields, the strike, then the put's, as the vendor lays them out.</summary>
    public static string OptionsDxLine(string date, string expire, string strike, string underlying, OptionsDxSide call, OptionsDxSide put) =>
        $"1452805200, {date} 16:00, {date}, 16.000000, {underlying}, {expire}, 1453496400, 8.000000, "
        + $"{call.Delta}, {call.Gamma}, {call.Vega}, {call.Theta}, 0.012000, {call.Iv}, {call.Volume}, 0.000000, 7 x 7, {call.Bid}, {call.Ask}, {strike}, "
        + $"{put.Bid}, {put.Ask}, 0 x 272, 0.000000, {put.Delta}, {put.Gamma}, {put.Vega}, {put.Theta}, -0.010000, {put.Iv}, {put.Volume}, "
        + "21.800000, 0.011000";
}

/// <summary>The fields of one side (call or put) of an OptionsDX line, as text.</summary>
internal readonly record struct OptionsDxSide(string Delta, string Gamma, string Vega, string Theta, string Iv, string Volume, string Bid, string Ask);
