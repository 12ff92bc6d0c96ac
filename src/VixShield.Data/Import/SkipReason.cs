namespace VixShield.Data.Import;

/// <summary>Why valid vendor rows are left out of the dataset by design; counted in <see cref="ImportReport.Skipped"/> in both modes.</summary>
public enum SkipReason
{
    /// <summary>A Cboe row whose root is neither SPX nor SPXW.</summary>
    OtherRoot,

    /// <summary>A PM-settled SPXW row on a date and expiration that the AM-settled SPX monthly also has (a third Friday).</summary>
    WeeklyOnMonthlyExpiration,
}
