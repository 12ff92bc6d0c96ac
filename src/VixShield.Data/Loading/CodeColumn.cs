using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;
using VixShield.Data.Loading.Pages;

namespace VixShield.Data.Loading;

/// <summary>A decoded low-cardinality string column of one row group: a byte index per row into a small dictionary.</summary>
internal sealed class CodeColumn
{
    private CodeColumn(byte[] indices, string[] dictionary)
    {
        Indices = indices;
        Dictionary = dictionary;
    }

    /// <summary>Rented from the shared pool; <see cref="Return"/> gives it back.</summary>
    public byte[] Indices { get; }

    public string[] Dictionary { get; }

    public string Text(int row) => Dictionary[Indices[row]];

    /// <summary>Reads the column through <see cref="DictionaryColumnReader"/>, or through Parquet.Net when the file's layout is not the simple one.</summary>
    public static async Task<CodeColumn> ReadAsync(
        ParquetReader reader, ParquetRowGroupReader group, int rowGroup, SafeFileHandle file, DataField field, int rows, CancellationToken cancel)
    {
        var indices = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(rows, 1));
        var chunk = field.IsNullable ? null : ParquetColumns.Chunk(reader, rowGroup, field);
        if (chunk is not null && DictionaryColumnReader.TryRead(file, chunk, rows, indices.AsSpan(0, rows), out var dictionary))
            return new CodeColumn(indices, dictionary);

        var values = new string?[rows];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancel);
        var seen = new Dictionary<string, byte>(StringComparer.Ordinal);
        var entries = new List<string>();
        for (int i = 0; i < rows; i++)
        {
            string value = values[i] ?? "";
            if (!seen.TryGetValue(value, out byte index))
            {
                // More than 255 distinct codes can only be bad data: the extra ones share the last slot, which is bad too.
                index = (byte)Math.Min(entries.Count, 255);
                if (entries.Count < 256)
                {
                    entries.Add(value);
                    seen[value] = index;
                }
            }

            indices[i] = index;
        }

        return new CodeColumn(indices, [.. entries]);
    }

    public void Return() => System.Buffers.ArrayPool<byte>.Shared.Return(Indices);
}
