using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>Reads the series CSV: exactly the columns of series.parquet, one row per trading day, dates strictly ascending.</summary>
internal static class SeriesCsv
{
    public static readonly string[] Columns =
        ["date", "spx_open", "spx_high", "spx_low", "spx_close", "vix", "vix3m", "advances", "declines", "rate"];

    /// <summary>The accepted rows and the number of data lines read.</summary>
    public static (List<SeriesRow> Rows, long Lines) Read(NamedText file, ImportTally tally)
    {
        var fields = FieldReader.Open(file, tally);
        int[] c = fields.Header.RequireExactly(Columns);
        var rows = new List<SeriesRow>();
        int previousLine = 0;
        foreach (int line in fields.Rows())
        {
            if (!TryRow(fields, c, out var row))
                continue;
            if (rows.Count > 0 && row.Date <= rows[^1].Date)
            {
                fields.Reject(RowProblem.DateNotAscending,
                    $"date {DateCode.Format(row.Date)} does not come after {DateCode.Format(rows[^1].Date)} (line {previousLine})");
                continue;
            }

            rows.Add(row);
            previousLine = line;
        }

        if (rows.Count == 0)
            throw new DatasetException(file.Name, "has no usable data rows");
        return (rows, fields.LinesRead);
    }

    private static bool TryRow(FieldReader f, int[] c, out SeriesRow row)
    {
        row = default;
        if (!f.TryDate(c[0], out int date)
            || !f.TryPositive(c[1], out double open) || !f.TryPositive(c[2], out double high)
            || !f.TryPositive(c[3], out double low) || !f.TryPositive(c[4], out double close)
            || !f.TryPositive(c[5], out double vix) || !f.TryPositive(c[6], out double vix3m)
            || !f.TryCount(c[7], emptyIsZero: false, out int advances) || !f.TryCount(c[8], emptyIsZero: false, out int declines)
            || !f.TryNumber(c[9], out double rate))
            return false;
        if (high < low)
            return f.Reject(RowProblem.OutOfRange, $"spx_high {FieldReader.Invariant(high)} is below spx_low {FieldReader.Invariant(low)}");
        if (Math.Abs(rate) >= 1)
            return f.Reject(RowProblem.OutOfRange, $"rate {FieldReader.Invariant(rate)} is not an annual decimal (5.25% is 0.0525)");
        row = new SeriesRow(date, open, high, low, close, vix, vix3m, advances, declines, rate);
        return true;
    }
}
