namespace VixShield.Core.Market;

/// <summary>The VIX futures term structure at each snapshot: one row per listed expiration, in expiration order.</summary>
public sealed class VixFutureCurve
{
    private readonly int[] _snapshotStart;
    private readonly VixFutureRows _rows;
    private readonly int[] _expirationDay;
    private readonly int[] _nextRow;

    private VixFutureCurve(int[] snapshotStart, VixFutureRows rows, int[] expirationDay, int[] nextRow)
    {
        _snapshotStart = snapshotStart;
        _rows = rows;
        _expirationDay = expirationDay;
        _nextRow = nextRow;
    }

    public static VixFutureCurve Empty(int snapshotCount) => Build(new int[snapshotCount], new([], [], [], [], []));

    public int SnapshotCount => _snapshotStart.Length - 1;

    public int Count => _rows.Count;

    public long MemoryBytes => 4L * _snapshotStart.Length + (4L + 4 + 4 + 4 + 8 + 4 + 4) * _rows.Count;

    /// <summary>The futures listed at a snapshot, nearest expiration first.</summary>
    public IndexRange At(int snapshot) => new(_snapshotStart[snapshot], _snapshotStart[snapshot + 1]);

    public int Expiration(int row) => _rows.Expiration[row];

    public int ExpirationDay(int row) => _expirationDay[row];

    /// <summary>Bid in VIX points.</summary>
    public double Bid(int row) => _rows.BidCents[row] / 100.0;

    /// <summary>Ask in VIX points.</summary>
    public double Ask(int row) => _rows.AskCents[row] / 100.0;

    public int BidCents(int row) => _rows.BidCents[row];

    public int AskCents(int row) => _rows.AskCents[row];

    public double Mid(int row) => (_rows.BidCents[row] + _rows.AskCents[row]) / 200.0;

    /// <summary>The exchange's settlement (or, on the expiration day, final settlement) price in VIX points.</summary>
    public double Settle(int row) => _rows.Settle[row];

    /// <summary>The same future at the next snapshot, or -1.</summary>
    public int NextRow(int row) => _nextRow[row];

    /// <summary>The row of <paramref name="expiration"/> at <paramref name="snapshot"/>, or -1.</summary>
    public int Find(int snapshot, int expiration)
    {
        var range = At(snapshot);
        int index = Array.BinarySearch(_rows.Expiration, range.Start, range.Count, expiration);
        return index >= 0 ? index : -1;
    }

    /// <summary>Indexes rows sorted by (date, expiration) whose dates are all among <paramref name="snapshotDates"/>.</summary>
    public static VixFutureCurve Build(int[] snapshotDates, VixFutureRows rows)
    {
        int n = rows.Count, snapshot = 0;
        var start = new int[snapshotDates.Length + 1];
        var expirationDay = new int[n];
        for (int i = 0; i < n; i++)
        {
            while (snapshot < snapshotDates.Length && snapshotDates[snapshot] != rows.Date[i])
            {
                snapshot++;
                if (snapshot < snapshotDates.Length)
                    start[snapshot] = i;
            }

            if (snapshot == snapshotDates.Length)
                throw new ArgumentException(OptionChains.NotASnapshot(i, rows.Date[i]));

            expirationDay[i] = DateCode.ToDayNumber(rows.Expiration[i]);
        }

        while (snapshot < snapshotDates.Length)
            start[++snapshot] = n;

        var nextRow = new int[n];
        Array.Fill(nextRow, -1);
        for (int s = 0; s + 1 < snapshotDates.Length; s++)
        {
            int a = start[s], b = start[s + 1];
            while (a < start[s + 1] && b < start[s + 2])
            {
                if (rows.Expiration[a] < rows.Expiration[b]) a++;
                else if (rows.Expiration[a] > rows.Expiration[b]) b++;
                else nextRow[a++] = b++;
            }
        }

        return new VixFutureCurve(start, rows, expirationDay, nextRow);
    }
}
