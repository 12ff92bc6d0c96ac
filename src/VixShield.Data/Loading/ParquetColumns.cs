using Parquet;
using Parquet.Schema;
using VixShield.Data.Format;

namespace VixShield.Data.Loading;

/// <summary>Checks that a Parquet file carries the columns a reader needs, with the types it expects.</summary>
internal static class ParquetColumns
{
    /// <summary>Returns the file's own fields matching <paramref name="expected"/> by name; a missing or mistyped column is a <see cref="DatasetException"/>.</summary>
    public static DataField[] Require(ParquetReader reader, string file, IReadOnlyList<DataField> expected)
    {
        var actual = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        var missing = expected.Where(f => !actual.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw new DatasetException(file, $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}");
        var result = new DataField[expected.Count];
        for (int i = 0; i < expected.Count; i++)
        {
            var found = actual[expected[i].Name];
            if (found.ClrType != expected[i].ClrType)
                throw new DatasetException(file, $"column {found.Name} has type {TypeName(found.ClrType)}, expected {TypeName(expected[i].ClrType)}");
            result[i] = found;
        }

        return result;
    }

    /// <summary>The metadata of <paramref name="field"/>'s chunk in a row group, or null when the file does not say.</summary>
    public static Parquet.Meta.ColumnChunk? Chunk(ParquetReader reader, int rowGroup, DataField field) =>
        reader.Metadata?.RowGroups[rowGroup].Columns.FirstOrDefault(c => c.MetaData?.PathInSchema.Count == 1 && c.MetaData.PathInSchema[0] == field.Name);

    /// <summary>
    /// Reads a required float/double column straight from its pages when the layout allows
    /// (<see cref="Pages.FixedWidthColumnReader"/>), else through Parquet.Net.
    /// </summary>
    public static async ValueTask ReadAsync<T>(ParquetReader reader, ParquetRowGroupReader group, int rowGroup, Microsoft.Win32.SafeHandles.SafeFileHandle file, DataField field, Memory<T> destination, CancellationToken cancel)
        where T : unmanaged
    {
        var chunk = field.IsNullable ? null : Chunk(reader, rowGroup, field);
        if (chunk is not null && Pages.FixedWidthColumnReader.TryRead(file, chunk, destination.Span))
            return;
        await group.ReadAsync(field, destination, cancellationToken: cancel);
    }

    private static string TypeName(Type type) => type == typeof(int) ? "int32" : type == typeof(double) ? "double" : type == typeof(string) ? "string" : type.Name;
}
