using System.Runtime.InteropServices;
using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>
/// SPX option rows gathered from every vendor file, by year. Each year comes back in dataset order, with the
/// weekly-on-a-monthly-expiration clash resolved and duplicate keys handled.
/// </summary>
/// <remarks>
/// The dataset holds one settlement per (date, expiration). When the AM-settled SPX monthly and the PM-settled SPXW
/// weekly share an expiration (third Fridays), the SPX rows are kept and every SPXW row of that date and expiration is
/// skipped and counted as <see cref="SkipReason.WeeklyOnMonthlyExpiration"/>.
/// </remarks>
internal sealed class SpxOptionBook
{
    private readonly SortedDictionary<int, List<Sourced<SpxOptionRow>>> _years = [];
    private List<Sourced<SpxOptionRow>>? _lastYearRows;
    private int _lastYear;

    public IReadOnlyList<int> Years => [.. _years.Keys];

    public void Add(in SpxOptionRow row, int source, int line)
    {
        int year = row.Date / 10000;
        if (_lastYearRows is null || year != _lastYear)
        {
            if (!_years.TryGetValue(year, out _lastYearRows))
                _years[year] = _lastYearRows = [];
            _lastYear = year;
        }

        _lastYearRows.Add(new Sourced<SpxOptionRow>(row, source, line));
    }

    /// <summary>Removes a year from the book and returns its rows sorted by (date, expiration, right, strike), each key once.</summary>
    public SpxOptionRow[] TakeYear(int year, IReadOnlyList<string> sources, ImportTally tally)
    {
        var rows = _years[year];
        _years.Remove(year);
        _lastYearRows = null;
        KeyedRows.Sort(rows, default(KeyThenSettlement));
        SkipWeekliesOnMonthlyExpirations(rows, tally);
        return KeyedRows.Unique(rows, default(KeyThenSettlement), Describe, sources, tally);
    }

    private static string Describe(SpxOptionRow row) => KeyedRows.DescribeOptionKey(row.Date, row.Expiration, row.Right, row.Strike);

    /// <summary>Within each (date, expiration) run of sorted rows that holds both AM and PM rows, drops the PM ones.</summary>
    private static void SkipWeekliesOnMonthlyExpirations(List<Sourced<SpxOptionRow>> sorted, ImportTally tally)
    {
        var rows = CollectionsMarshal.AsSpan(sorted);
        int kept = 0;
        for (int start = 0; start < rows.Length;)
        {
            int end = start;
            bool am = false, pm = false;
            while (end < rows.Length && rows[end].Row.Date == rows[start].Row.Date && rows[end].Row.Expiration == rows[start].Row.Expiration)
            {
                if (rows[end].Row.Settlement == SettlementStyle.Am) am = true;
                else pm = true;
                end++;
            }

            for (int i = start; i < end; i++)
            {
                if (am && pm && rows[i].Row.Settlement == SettlementStyle.Pm)
                    tally.Skip(SkipReason.WeeklyOnMonthlyExpiration);
                else
                    rows[kept++] = rows[i];
            }

            start = end;
        }

        CollectionsMarshal.SetCount(sorted, kept);
    }

    /// <summary>
    /// Dataset order (date, expiration, right, strike), then AM before PM. Once the weekly-on-monthly rows are gone no
    /// key has both settlements, so equal under this order means a duplicate key.
    /// </summary>
    private readonly struct KeyThenSettlement : IComparer<SpxOptionRow>
    {
        public int Compare(SpxOptionRow a, SpxOptionRow b)
        {
            int c = DatasetWriter.CompareOptionKeys(a.Date, a.Expiration, a.Right, a.Strike, b.Date, b.Expiration, b.Right, b.Strike);
            return c != 0 ? c : a.Settlement.CompareTo(b.Settlement);
        }
    }
}
