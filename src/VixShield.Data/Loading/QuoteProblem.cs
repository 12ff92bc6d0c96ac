namespace VixShield.Data.Loading;

/// <summary>The kinds of bad row the loader recognises; lenient loads drop such rows and count them by kind.</summary>
public enum QuoteProblem
{
    /// <summary>A date or expiration that is not a real yyyymmdd date.</summary>
    BadDate,

    /// <summary>A right other than C/P, or a settlement other than AM/PM.</summary>
    BadCode,

    /// <summary>NaN or infinity in a numeric column.</summary>
    NotANumber,

    /// <summary>A negative bid/ask/price, or a strike/level that must be positive.</summary>
    NegativeValue,

    /// <summary>Bid above ask.</summary>
    CrossedQuote,

    /// <summary>A price that is not a whole number of cents (the tape stores cents), or a strike not representable exactly.</summary>
    OffGridPrice,

    /// <summary>Expiration earlier than the quote's date.</summary>
    ExpiredBeforeDate,

    /// <summary>The row's key sorts before the previous row's.</summary>
    Unsorted,

    /// <summary>The row's key equals the previous row's.</summary>
    DuplicateKey,

    /// <summary>A series bar whose high is below its low, or whose open or close lies outside them.</summary>
    InconsistentBar,

    /// <summary>A quote dated on a day that series.parquet does not list as a snapshot.</summary>
    UnknownDate,
}
