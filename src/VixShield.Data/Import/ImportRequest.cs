namespace VixShield.Data.Import;

/// <summary>What to import: the vendor format, the input files, and the dataset folder to write.</summary>
public sealed record ImportRequest
{
    public required ImportFormat Format { get; init; }

    /// <summary>Vendor option files, plain text or .zip archives of them; read in this order.</summary>
    public required IReadOnlyList<string> OptionFiles { get; init; }

    /// <summary>The series CSV (the columns of series.parquet); its dates are the dataset's trading calendar.</summary>
    public required string SeriesFile { get; init; }

    public required string OutputDirectory { get; init; }

    public string? VixFuturesFile { get; init; }

    public string? VixOptionsFile { get; init; }

    /// <summary>Drop malformed rows and count them per kind of problem, instead of failing on the first one.</summary>
    public bool Lenient { get; init; }

    /// <summary>Replace an existing, non-empty output folder (only once the new dataset is complete).</summary>
    public bool Force { get; init; }
}
