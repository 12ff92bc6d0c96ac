namespace VixShield.Data.Import;

/// <summary>The kinds of malformed input row: an error in strict mode, a counted drop in lenient mode.</summary>
public enum RowProblem
{
    /// <summary>The row has a different number of fields than the header.</summary>
    FieldCount,

    /// <summary>A required field is empty.</summary>
    MissingValue,

    /// <summary>A field that must be a number (or a whole number) is not one.</summary>
    NotANumber,

    /// <summary>A date field is neither yyyy-mm-dd nor yyyymmdd, or names no calendar day.</summary>
    NotADate,

    /// <summary>A number is NaN or infinite.</summary>
    NotFinite,

    /// <summary>A price is below zero, or a strike, underlying or index level is not above zero.</summary>
    NegativePrice,

    /// <summary>A bid or ask is not a whole number of cents (the tape stores cents).</summary>
    NotWholeCents,

    /// <summary>The bid is above the ask.</summary>
    CrossedQuote,

    /// <summary>The expiration is before the quote date.</summary>
    ExpiredBeforeQuote,

    /// <summary>The call/put code is not C or P.</summary>
    BadRight,

    /// <summary>A second row with the same key (for options: date, expiration, right, strike).</summary>
    DuplicateKey,

    /// <summary>A series date that does not come strictly after the one before it.</summary>
    DateNotAscending,

    /// <summary>A quote dated on a day the series does not list.</summary>
    DateNotInSeries,

    /// <summary>Another impossible value: a negative count, a high below the low, a rate that looks like a percent.</summary>
    OutOfRange,
}
