using Parquet;

namespace VixShield.Data.Tests.Import;

/// <summary>A whole Parquet file read column by column with the low-level reader, for exact assertions.</summary>
internal sealed class ParquetTable
{
    private readonly Dictionary<string, Array> _columns;

    private ParquetTable(Dictionary<string, Array> columns, int rowCount, int rowGroups)
    {
        _columns = columns;
        RowCount = rowCount;
        RowGroups = rowGroups;
    }

    public int RowCount { get; }

    public int RowGroups { get; }

    public IReadOnlyCollection<string> Columns => _columns.Keys;

    public static async Task<ParquetTable> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var parts = new Dictionary<string, List<Array>>();
        int rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            rows += n;
            foreach (var field in reader.Schema.GetDataFields())
            {
                Array values;
                if (field.ClrType == typeof(int))
                {
                    var ints = new int[n];
                    await group.ReadAsync<int>(field, ints);
                    values = ints;
                }
                else if (field.ClrType == typeof(double))
                {
                    var doubles = new double[n];
                    await group.ReadAsync<double>(field, doubles);
                    values = doubles;
                }
                else if (field.ClrType == typeof(float))
                {
                    var floats = new float[n];
                    await group.ReadAsync<float>(field, floats);
                    values = floats;
                }
                else
                {
                    var strings = new string?[n];
                    await group.ReadAsync(field, strings.AsMemory());
                    values = strings;
                }

                if (!parts.TryGetValue(field.Name, out var list))
                    parts[field.Name] = list = [];
                list.Add(values);
            }
        }

        var columns = parts.ToDictionary(p => p.Key, p => Concat(p.Value));
        return new ParquetTable(columns, rows, reader.RowGroupCount);
    }

    public int[] Ints(string column) => (int[])_columns[column];

    public double[] Doubles(string column) => (double[])_columns[column];

    public string[] Strings(string column) => (string[])_columns[column];

    /// <summary>The float32 values a double column written as IV or greeks becomes in the file.</summary>
    public static float[] Float32(double[] values) => Array.ConvertAll(values, v => (float)v);

    /// <summary>A float32 column (IV and greeks are stored at the tape's precision).</summary>
    public float[] Floats(string column) => (float[])_columns[column];

    private static Array Concat(List<Array> parts)
    {
        var first = parts[0];
        var all = Array.CreateInstance(first.GetType().GetElementType()!, parts.Sum(p => p.Length));
        int at = 0;
        foreach (var part in parts)
        {
            Array.Copy(part, 0, all, at, part.Length);
            at += part.Length;
        }

        return all;
    }
}
