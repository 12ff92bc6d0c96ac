using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>
/// The running counts of one import. A row problem is a <see cref="DatasetException"/> in strict mode and a counted
/// drop in lenient mode; rows skipped by rule and rows with filled-in greeks are counted in both.
/// </summary>
internal sealed class ImportTally(bool lenient)
{
    private readonly long[] _dropped = new long[Enum.GetValues<RowProblem>().Length];
    private readonly long[] _skipped = new long[Enum.GetValues<SkipReason>().Length];

    public long GreeksFilled { get; private set; }

    /// <summary>Throws in strict mode; in lenient mode counts the problem and returns, and the caller drops the row.</summary>
    /// <remarks><paramref name="place"/> is the file and line, as in <c>spx_2016.csv line 1234</c>.</remarks>
    public void Reject(RowProblem kind, string place, string problem)
    {
        if (!lenient)
            throw new DatasetException(place, problem);
        _dropped[(int)kind]++;
    }

    public void Skip(SkipReason reason) => _skipped[(int)reason]++;

    public void FilledGreeks() => GreeksFilled++;

    public IReadOnlyDictionary<RowProblem, long> Dropped => NonZero<RowProblem>(_dropped);

    public IReadOnlyDictionary<SkipReason, long> Skipped => NonZero<SkipReason>(_skipped);

    private static SortedDictionary<TKind, long> NonZero<TKind>(long[] counts)
        where TKind : struct, Enum
    {
        var result = new SortedDictionary<TKind, long>();
        foreach (var kind in Enum.GetValues<TKind>())
        {
            long count = counts[Convert.ToInt32(kind)];
            if (count > 0) result[kind] = count;
        }

        return result;
    }
}
