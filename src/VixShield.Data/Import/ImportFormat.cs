namespace VixShield.Data.Import;

/// <summary>The vendor file formats the importer reads (see Import/README.md for their columns).</summary>
public enum ImportFormat
{
    /// <summary>Cboe DataShop "Option EOD Summary" / "EOD Option Quotes with Calcs": one CSV row per option, 15:45 snapshot.</summary>
    CboeEod,

    /// <summary>OptionsDX SPX end-of-day text files: call and put side by side on one row, 16:00 snapshot.</summary>
    OptionsDx,
}

/// <summary>The command-line and manifest names of <see cref="ImportFormat"/> values ("cboe-eod", "optionsdx").</summary>
public static class ImportFormatNames
{
    public const string CboeEod = "cboe-eod";
    public const string OptionsDx = "optionsdx";

    public static string Name(ImportFormat format) => format switch
    {
        ImportFormat.CboeEod => CboeEod,
        ImportFormat.OptionsDx => OptionsDx,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParse(string name, out ImportFormat format)
    {
        switch (name)
        {
            case CboeEod: format = ImportFormat.CboeEod; return true;
            case OptionsDx: format = ImportFormat.OptionsDx; return true;
            default: format = default; return false;
        }
    }
}
