using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>Reads the VIX futures CSV (<c>date,expiration,bid,ask,settle</c>, VIX points) into rows sorted by (date, expiration).</summary>
internal static class VixFuturesCsv
{
    public static readonly string[] Columns = ["date", "expiration", "bid", "ask", "settle"];

    /// <summary>The rows in dataset order and the number of data lines read.</summary>
    /// <remarks><paramref name="source"/> is this file's ordinal in <paramref name="sources"/>.</remarks>
    public static (VixFutureRow[] Rows, long Lines) Read(
        NamedText file, int source, IReadOnlyList<string> sources, SeriesDates series, ImportTally tally)
    {
        var fields = FieldReader.Open(file, tally);
        int[] c = fields.Header.RequireExactly(Columns);
        var rows = new List<Sourced<VixFutureRow>>();
        foreach (int line in fields.Rows())
        {
            if (fields.TrySeriesDate(c[0], series, out int date) && fields.TryDate(c[1], out int expiration)
                && fields.NotExpired(c[1], expiration, c[0], date)
                && fields.TryPrice(c[2], out double bid) && fields.TryPrice(c[3], out double ask) && fields.NotCrossed(c[2], bid, c[3], ask)
                && fields.TryPositive(c[4], out double settle))
                rows.Add(new Sourced<VixFutureRow>(new VixFutureRow(date, expiration, bid, ask, settle), source, line));
        }

        KeyedRows.Sort(rows, default(KeyOrder));
        return (KeyedRows.Unique(rows, default(KeyOrder), Describe, sources, tally), fields.LinesRead);
    }

    /// <summary>Dataset order: (date, expiration).</summary>
    private readonly struct KeyOrder : IComparer<VixFutureRow>
    {
        public int Compare(VixFutureRow a, VixFutureRow b) =>
            a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Expiration.CompareTo(b.Expiration);
    }

    private static string Describe(VixFutureRow row) =>
        $"{DateCode.Format(row.Date)} expiration {DateCode.Format(row.Expiration)}";
}
