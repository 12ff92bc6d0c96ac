using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>
/// Reads the VIX options CSV (<c>date,expiration,strike,right,bid,ask,iv,delta,future</c>, VIX points, IV and delta as
/// fractions) into rows per year sorted by (date, expiration, right, strike).
/// </summary>
internal static class VixOptionsCsv
{
    public static readonly string[] Columns = ["date", "expiration", "strike", "right", "bid", "ask", "iv", "delta", "future"];

    /// <summary>The rows of each year in dataset order and the number of data lines read.</summary>
    /// <remarks><paramref name="source"/> is this file's ordinal in <paramref name="sources"/>.</remarks>
    public static (SortedDictionary<int, VixOptionRow[]> Years, long Lines) Read(
        NamedText file, int source, IReadOnlyList<string> sources, SeriesDates series, ImportTally tally)
    {
        var fields = FieldReader.Open(file, tally);
        int[] c = fields.Header.RequireExactly(Columns);
        var years = new SortedDictionary<int, List<Sourced<VixOptionRow>>>();
        foreach (int line in fields.Rows())
        {
            if (!fields.TrySeriesDate(c[0], series, out int date) || !fields.TryDate(c[1], out int expiration)
                || !fields.NotExpired(c[1], expiration, c[0], date)
                || !fields.TryPositive(c[2], out double strike) || !fields.TryRight(c[3], out var right)
                || !fields.TryPrice(c[4], out double bid) || !fields.TryPrice(c[5], out double ask) || !fields.NotCrossed(c[4], bid, c[5], ask)
                || !fields.TryNumber(c[6], out double iv) || !fields.TryNumber(c[7], out double delta)
                || !fields.TryPositive(c[8], out double future))
                continue;
            if (!years.TryGetValue(date / 10000, out var rows))
                years[date / 10000] = rows = [];
            rows.Add(new Sourced<VixOptionRow>(new VixOptionRow(date, expiration, strike, right, bid, ask, iv, delta, future), source, line));
        }

        var result = new SortedDictionary<int, VixOptionRow[]>();
        foreach (var (year, rows) in years)
        {
            KeyedRows.Sort(rows, default(KeyOrder));
            result[year] = KeyedRows.Unique(rows, default(KeyOrder), Describe, sources, tally);
        }

        return (result, fields.LinesRead);
    }

    /// <summary>Dataset order: (date, expiration, right, strike).</summary>
    private readonly struct KeyOrder : IComparer<VixOptionRow>
    {
        public int Compare(VixOptionRow a, VixOptionRow b) =>
            DatasetWriter.CompareOptionKeys(a.Date, a.Expiration, a.Right, a.Strike, b.Date, b.Expiration, b.Right, b.Strike);
    }

    private static string Describe(VixOptionRow row) => KeyedRows.DescribeOptionKey(row.Date, row.Expiration, row.Right, row.Strike);
}
