using System.Runtime.InteropServices;
using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>A parsed row and where it came from: the ordinal of its source file (in reading order) and its line.</summary>
internal readonly record struct Sourced<T>(T Row, int Source, int Line);

/// <summary>
/// Puts parsed rows into dataset order and resolves duplicate keys: the first row in reading order is kept, and each
/// later one is an error naming both lines (strict) or a counted drop (lenient).
/// </summary>
/// <remarks>The key order is a struct comparer so that the sort of a year of quotes is specialized and inlined.</remarks>
internal static class KeyedRows
{
    /// <summary>Sorts by key, then by reading order, so that equal keys end up adjacent with the first-read row first.</summary>
    public static void Sort<T, TKeyOrder>(List<Sourced<T>> rows, TKeyOrder byKey)
        where TKeyOrder : struct, IComparer<T> =>
        CollectionsMarshal.AsSpan(rows).Sort(new ReadingOrderWithinKey<T, TKeyOrder>(byKey));

    /// <summary>The rows of a <see cref="Sort{T, TKeyOrder}"/>ed list without duplicate keys.</summary>
    /// <remarks><paramref name="sources"/> are the file names by source ordinal, for messages.</remarks>
    public static T[] Unique<T, TKeyOrder>(
        List<Sourced<T>> sorted, TKeyOrder byKey, Func<T, string> describeKey, IReadOnlyList<string> sources, ImportTally tally)
        where TKeyOrder : struct, IComparer<T>
    {
        var rows = CollectionsMarshal.AsSpan(sorted);
        var unique = new T[rows.Length];
        int count = 0, first = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            if (count > 0 && byKey.Compare(rows[first].Row, rows[i].Row) == 0)
            {
                var kept = rows[first];
                string where = kept.Source == rows[i].Source ? $"line {kept.Line}" : $"{sources[kept.Source]} line {kept.Line}";
                tally.Reject(RowProblem.DuplicateKey, $"{sources[rows[i].Source]} line {rows[i].Line}",
                    $"duplicate of {where} ({describeKey(rows[i].Row)})");
                continue;
            }

            first = i;
            unique[count++] = rows[i].Row;
        }

        if (count < unique.Length)
            Array.Resize(ref unique, count);
        return unique;
    }

    /// <summary>An option key as duplicate messages show it: <c>2016-01-14 expiration 2016-01-22 P 1900</c>.</summary>
    public static string DescribeOptionKey(int date, int expiration, OptionRight right, double strike) =>
        $"{DateCode.Format(date)} expiration {DateCode.Format(expiration)} {DatasetSchema.RightCode(right)} {FieldReader.Invariant(strike)}";

    private readonly struct ReadingOrderWithinKey<T, TKeyOrder>(TKeyOrder byKey) : IComparer<Sourced<T>>
        where TKeyOrder : struct, IComparer<T>
    {
        public int Compare(Sourced<T> a, Sourced<T> b)
        {
            int c = byKey.Compare(a.Row, b.Row);
            if (c != 0) return c;
            c = a.Source.CompareTo(b.Source);
            return c != 0 ? c : a.Line.CompareTo(b.Line);
        }
    }
}
