namespace VixShield.Data.Import;

/// <summary>What an import did: rows read and written per file family, rows dropped (lenient mode) and rows skipped by rule.</summary>
/// <remarks>
/// <see cref="Dataset"/> is the full path of the folder written. For <see cref="SpxOptions"/>, Read counts data lines of
/// the option files and Written counts spx_options rows (an OptionsDX line holds two). <see cref="Dropped"/> (lenient
/// mode only) counts problems by kind; each dropped the row, or the OptionsDX side, it was found in. <see cref="Skipped"/>
/// counts rows left out by design in either mode, by reason. <see cref="GreeksFilled"/> counts option rows kept although
/// the vendor left IV or a greek blank (see Import/README.md).
/// </remarks>
public sealed record ImportReport(
    string Dataset,
    RowCounts SpxOptions,
    RowCounts Series,
    RowCounts VixFutures,
    RowCounts VixOptions,
    IReadOnlyDictionary<RowProblem, long> Dropped,
    IReadOnlyDictionary<SkipReason, long> Skipped,
    long GreeksFilled);

/// <summary>Rows read from the input files of one family and rows written to the dataset.</summary>
public readonly record struct RowCounts(long Read, long Written);
