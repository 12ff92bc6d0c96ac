namespace VixShield.Core.Market;

/// <summary>
/// Columnar option quotes indexed snapshot → expiration → right → strike. Used for SPX options and VIX options alike.
/// </summary>
/// <remarks>
/// <para>Layout: each snapshot owns a contiguous run of <em>expiry slots</em> (one per listed expiration that day, in
/// date order); each slot owns a contiguous run of call rows then put rows, each sorted by strike.
/// A quote is addressed by its row index.</para>
/// <para>Lookups: a contract that is held is followed from one snapshot to the next in O(1) through
/// <see cref="NextRow"/>, which is how the engine marks open positions. An arbitrary (snapshot, expiration, right,
/// strike) is found by two binary searches, and "the strike whose delta is closest to x" by one. None allocate.</para>
/// <para>Memory per quote: a 16-byte <see cref="OptionQuote"/> (bid, ask, delta, next-row link), strike and IV: 24 bytes,
/// 36 with gamma, theta and vega loaded; plus about 25 bytes per expiry slot.</para>
/// </remarks>
public sealed class OptionChains
{
    private readonly int[] _snapshotSlotStart;   // snapshots + 1
    private readonly int[] _expiration;          // per slot, yyyymmdd
    private readonly int[] _expirationDay;       // per slot, DateOnly.DayNumber
    private readonly SettlementStyle[] _settlement;
    private readonly double[] _underlying;       // per slot: the underlying (SPX) or the future (VIX options)
    private readonly int[] _callStart;           // per slot + 1 sentinel: calls [callStart, putStart), puts [putStart, nextCallStart)
    private readonly int[] _putStart;
    private readonly float[] _strike;
    private readonly OptionQuote[] _quotes;
    private readonly float[] _iv;
    private readonly float[]? _gamma;
    private readonly float[]? _theta;
    private readonly float[]? _vega;

    private OptionChains(
        int[] snapshotSlotStart, int[] expiration, int[] expirationDay, SettlementStyle[] settlement, double[] underlying,
        int[] callStart, int[] putStart, OptionRows rows)
    {
        _snapshotSlotStart = snapshotSlotStart;
        _expiration = expiration;
        _expirationDay = expirationDay;
        _settlement = settlement;
        _underlying = underlying;
        _callStart = callStart;
        _putStart = putStart;
        _strike = rows.Strike;
        _quotes = rows.Quotes;
        _iv = rows.ImpliedVol;
        _gamma = rows.Gamma;
        _theta = rows.Theta;
        _vega = rows.Vega;
    }

    /// <summary>An empty table for a tape without this instrument.</summary>
    public static OptionChains Empty(int snapshotCount) => Build(new int[snapshotCount], EmptyRows);

    private static OptionRows EmptyRows => new([], [], [], [], [], [], [], null, null, null, []);

    public int SnapshotCount => _snapshotSlotStart.Length - 1;

    public int QuoteCount => _strike.Length;

    public int SlotCount => _expiration.Length;

    public bool HasGreeks => _gamma is not null;

    /// <summary>Approximate bytes held by this table (arrays only).</summary>
    public long MemoryBytes =>
        4L * _snapshotSlotStart.Length
        + (4L + 4 + 1 + 8 + 4 + 4) * _expiration.Length
        + (16L + 4 + 4) * _strike.Length
        + (_gamma is null ? 0 : 12L * _strike.Length);

    // ---- snapshot → expiry slots ----

    /// <summary>The expiry slots listed at a snapshot, in expiration order.</summary>
    public IndexRange Expiries(int snapshot) => new(_snapshotSlotStart[snapshot], _snapshotSlotStart[snapshot + 1]);

    /// <summary>Expiration date of a slot, <c>yyyymmdd</c>.</summary>
    public int Expiration(int slot) => _expiration[slot];

    /// <summary>Expiration as <see cref="DateOnly.DayNumber"/>, for calendar-day arithmetic.</summary>
    public int ExpirationDay(int slot) => _expirationDay[slot];

    public SettlementStyle Settlement(int slot) => _settlement[slot];

    /// <summary>The underlying price recorded with the slot's quotes (SPX points, or the VIX future for VIX options).</summary>
    public double Underlying(int slot) => _underlying[slot];

    /// <summary>The rows of one side of an expiration, sorted by strike.</summary>
    public IndexRange Chain(int slot, OptionRight right) => right == OptionRight.Call
        ? new(_callStart[slot], _putStart[slot])
        : new(_putStart[slot], _callStart[slot + 1]);

    /// <summary>The slot of <paramref name="expiration"/> at <paramref name="snapshot"/>, or -1 when not listed.</summary>
    public int FindExpiry(int snapshot, int expiration)
    {
        int index = Array.BinarySearch(_expiration, _snapshotSlotStart[snapshot], _snapshotSlotStart[snapshot + 1] - _snapshotSlotStart[snapshot], expiration);
        return index >= 0 ? index : -1;
    }

    // ---- rows ----

    public double Strike(int row) => _strike[row];

    /// <summary>Bid in dollars per unit of the underlying (multiply by the contract multiplier for cash).</summary>
    public double Bid(int row) => _quotes[row].BidCents / 100.0;

    /// <summary>Ask in dollars per unit of the underlying.</summary>
    public double Ask(int row) => _quotes[row].AskCents / 100.0;

    public int BidCents(int row) => _quotes[row].BidCents;

    public int AskCents(int row) => _quotes[row].AskCents;

    /// <summary>Mid price; marks are taken here.</summary>
    public double Mid(int row)
    {
        ref readonly var quote = ref _quotes[row];
        return (quote.BidCents + quote.AskCents) / 200.0;
    }

    /// <summary>Implied volatility, annual decimal.</summary>
    public double ImpliedVol(int row) => _iv[row];

    /// <summary>Delta as a fraction: calls in (0, 1), puts in (−1, 0).</summary>
    public double Delta(int row) => _quotes[row].Delta;

    public double Gamma(int row) => _gamma is null ? double.NaN : _gamma[row];

    public double Theta(int row) => _theta is null ? double.NaN : _theta[row];

    public double Vega(int row) => _vega is null ? double.NaN : _vega[row];

    /// <summary>The same contract at the next snapshot, or -1 when it is not quoted there.</summary>
    public int NextRow(int row) => _quotes[row].NextRow;

    /// <summary>The row quoting exactly <paramref name="strike"/> on one side of a slot, or -1.</summary>
    public int FindStrike(int slot, OptionRight right, double strike)
    {
        var chain = Chain(slot, right);
        int index = Array.BinarySearch(_strike, chain.Start, chain.Count, (float)strike);
        return index >= 0 && _strike[index] == strike ? index : -1;
    }

    /// <summary>The row whose strike is nearest <paramref name="strike"/> (ties go to the lower strike), or -1 for an empty chain.</summary>
    public int ClosestStrike(int slot, OptionRight right, double strike)
    {
        var chain = Chain(slot, right);
        if (chain.IsEmpty)
            return -1;
        int lo = chain.Start, hi = chain.End - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_strike[mid] < strike) lo = mid + 1;
            else hi = mid;
        }

        // lo is the first strike >= target (or the last row); its lower neighbour may be nearer.
        if (lo > chain.Start && strike - _strike[lo - 1] <= _strike[lo] - strike)
            return lo - 1;
        return lo;
    }

    /// <summary>
    /// The row whose delta is closest to <paramref name="targetDelta"/> (ties go to the lower strike), or -1 for an empty chain.
    /// </summary>
    /// <remarks>Delta falls as the strike rises for both calls and puts, so one binary search finds the crossing.</remarks>
    public int ClosestDelta(int slot, OptionRight right, double targetDelta)
    {
        var chain = Chain(slot, right);
        if (chain.IsEmpty)
            return -1;
        int lo = chain.Start, hi = chain.End - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[mid].Delta > targetDelta) lo = mid + 1;
            else hi = mid;
        }

        // lo is the first row with delta <= target (or the last row); compare with the row before it.
        if (lo > chain.Start && Math.Abs(_quotes[lo - 1].Delta - targetDelta) <= Math.Abs(_quotes[lo].Delta - targetDelta))
            return lo - 1;
        return lo;
    }

    /// <summary>Indexes sorted rows. <paramref name="snapshotDates"/> are the tape's snapshot dates, ascending.</summary>
    /// <remarks>
    /// Preconditions (checked by the loader, which can name the file and row): rows sorted by
    /// (date, expiration, right, strike), no duplicate key, every row's date one of <paramref name="snapshotDates"/>.
    /// </remarks>
    public static OptionChains Build(int[] snapshotDates, OptionRows rows)
    {
        int snapshots = snapshotDates.Length, n = rows.Count;
        var dates = rows.Date;
        var expirations = rows.Expiration;

        int slots = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || dates[i] != dates[i - 1] || expirations[i] != expirations[i - 1])
                slots++;
        }

        var snapshotSlotStart = new int[snapshots + 1];
        var expiration = new int[slots];
        var expirationDay = new int[slots];
        var settlement = new SettlementStyle[slots];
        var underlying = new double[slots];
        var callStart = new int[slots + 1];
        var putStart = new int[slots];

        int slot = -1, snapshot = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || dates[i] != dates[i - 1] || expirations[i] != expirations[i - 1])
            {
                slot++;
                while (snapshot < snapshots && snapshotDates[snapshot] != dates[i])
                {
                    snapshot++;
                    if (snapshot < snapshots)
                        snapshotSlotStart[snapshot] = slot;
                }

                if (snapshot == snapshots)
                    throw new ArgumentException(NotASnapshot(i, dates[i]));

                expiration[slot] = expirations[i];
                expirationDay[slot] = DateCode.ToDayNumber(expirations[i]);
                settlement[slot] = rows.Settlement[i];
                underlying[slot] = rows.Underlying[i];
                callStart[slot] = i;
                putStart[slot] = i;
            }

            if (rows.Right[i] == OptionRight.Call)
                putStart[slot] = i + 1;
        }

        while (snapshot < snapshots)
        {
            snapshot++;
            snapshotSlotStart[snapshot] = slot + 1;
        }

        callStart[slots] = n;
        var table = new OptionChains(snapshotSlotStart, expiration, expirationDay, settlement, underlying, callStart, putStart, rows);
        table.LinkContractsAcrossSnapshots();
        return table;
    }

    internal static string NotASnapshot(int row, int date) =>
        $"Row {row} is dated {date}, which is not a snapshot date (or the rows are not sorted by date).";

    private void LinkContractsAcrossSnapshots()
    {
        for (int row = 0; row < _quotes.Length; row++)
            _quotes[row].NextRow = -1;
        for (int s = 0; s + 1 < SnapshotCount; s++)
        {
            var today = Expiries(s);
            var tomorrow = Expiries(s + 1);
            int a = today.Start, b = tomorrow.Start;
            while (a < today.End && b < tomorrow.End)
            {
                if (_expiration[a] < _expiration[b]) a++;
                else if (_expiration[a] > _expiration[b]) b++;
                else
                {
                    LinkChain(Chain(a, OptionRight.Call), Chain(b, OptionRight.Call));
                    LinkChain(Chain(a, OptionRight.Put), Chain(b, OptionRight.Put));
                    a++;
                    b++;
                }
            }
        }
    }

    private void LinkChain(IndexRange today, IndexRange tomorrow)
    {
        int a = today.Start, b = tomorrow.Start;
        while (a < today.End && b < tomorrow.End)
        {
            if (_strike[a] < _strike[b]) a++;
            else if (_strike[a] > _strike[b]) b++;
            else _quotes[a++].NextRow = b++;
        }
    }
}
