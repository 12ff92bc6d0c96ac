using System.Globalization;
using Parquet.Schema;
using VixShield.Sweeps;

namespace VixShield.Grid.Results;

/// <summary>The columns of a results Parquet file: fixed ones, one per axis and metric, and the per-set blocks and window scores.</summary>
internal sealed record ResultsLayout(
    DataField Index, DataField[] Axes, DataField[] Metrics, DataField Error,
    DataField[] BlockCounts, DataField[] BlockSums, DataField[] BlockSumsOfSquares, DataField[] WindowScores)
{
    public ParquetSchema Schema => new([Index, .. Axes, .. Metrics, Error, .. Blocks(), .. WindowScores]);

    /// <summary>The layout that holds every row of <paramref name="table"/>: as many blocks and window scores as its longest row has.</summary>
    public static ResultsLayout Of(SweepResultTable table)
    {
        int blocks = table.Rows.Max(r => r.Blocks?.Length) ?? 0;
        int windows = table.Rows.Max(r => r.WindowScores?.Length) ?? 0;
        return new ResultsLayout(
            new DataField<long>(SweepResultTable.IndexColumn),
            table.AxisNames.Select(n => new DataField<string>(n)).ToArray(),
            SweepResultTable.MetricNames.Select(n => new DataField<double?>(n)).ToArray(),
            new DataField<string>(SweepResultTable.ErrorColumn),
            Numbered(blocks, b => new DataField<int?>(BlockColumn(b, "count"))),
            Numbered(blocks, b => new DataField<double?>(BlockColumn(b, "sum"))),
            Numbered(blocks, b => new DataField<double?>(BlockColumn(b, "sum_sq"))),
            Numbered(windows, w => new DataField<double?>(WindowColumn(w))));
    }

    /// <summary>The layout of a file being read, checked against the sweep it should hold the results of.</summary>
    public static ResultsLayout Read(ParquetSchema schema, SweepDefinition sweep, string shownName)
    {
        var fields = schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        DataField Field(string name, Type type)
        {
            if (!fields.TryGetValue(name, out var field))
                throw new ResultsFileException(shownName, $"column {name} is missing; is this the results of sweep {sweep.Name}?");
            // Text columns come back typed as string or as character memory, depending on how the file was read; both read as text.
            bool text = type == typeof(string) && (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>));
            if (!text && field.ClrType != type)
                throw new ResultsFileException(shownName, $"column {name} holds {field.ClrType.Name}, expected {type.Name}");
            return field;
        }

        int blocks = Count(fields, b => BlockColumn(b, "count"));
        int windows = Count(fields, WindowColumn);
        return new ResultsLayout(
            Field(SweepResultTable.IndexColumn, typeof(long)),
            sweep.Grid.Axes.Select(a => Field(a.Name, typeof(string))).ToArray(),
            SweepResultTable.MetricNames.Select(n => Field(n, typeof(double))).ToArray(),
            Field(SweepResultTable.ErrorColumn, typeof(string)),
            Numbered(blocks, b => Field(BlockColumn(b, "count"), typeof(int))),
            Numbered(blocks, b => Field(BlockColumn(b, "sum"), typeof(double))),
            Numbered(blocks, b => Field(BlockColumn(b, "sum_sq"), typeof(double))),
            Numbered(windows, w => Field(WindowColumn(w), typeof(double))));
    }

    private IEnumerable<DataField> Blocks() =>
        Enumerable.Range(0, BlockCounts.Length).SelectMany(b => new[] { BlockCounts[b], BlockSums[b], BlockSumsOfSquares[b] });

    /// <summary>1-based, two digits: block_01 ... block_16 sort in time order.</summary>
    private static string BlockColumn(int block, string what) => string.Create(CultureInfo.InvariantCulture, $"block_{block + 1:00}_{what}");

    private static string WindowColumn(int window) => string.Create(CultureInfo.InvariantCulture, $"in_sample_score_{window + 1:00}");

    private static DataField[] Numbered(int count, Func<int, DataField> field) => Enumerable.Range(0, count).Select(field).ToArray();

    private static int Count(Dictionary<string, DataField> fields, Func<int, string> name)
    {
        int n = 0;
        while (fields.ContainsKey(name(n)))
            n++;
        return n;
    }
}
