namespace VixShield.Core.Strategy;

/// <summary>What an ALVH hedge layer buys.</summary>
public enum HedgeInstrument
{
    /// <summary>VIX call options, strike = future × moneyness, priced with Black-76 off the same-expiry future.</summary>
    Calls = 0,

    /// <summary>VIX futures (multiplier $1,000).</summary>
    Futures = 1,
}
