using Parquet;
using Parquet.Schema;

namespace VixShield.Data.Tests.Synthetic;

/// <summary>Reads whole Parquet columns back for assertions.</summary>
internal static class ParquetColumns
{
    public static async Task<T[]> ReadAsync<T>(string file, DataField<T> field)
        where T : struct
    {
        await using var reader = await ParquetReader.CreateAsync(file);
        var all = new List<T>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var buffer = new T[group.RowCount];
            await group.ReadAsync(field, buffer.AsMemory());
            all.AddRange(buffer);
        }

        return [.. all];
    }

    public static async Task<string[]> ReadStringsAsync(string file, DataField<string> field)
    {
        await using var reader = await ParquetReader.CreateAsync(file);
        var all = new List<string>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var buffer = new string?[group.RowCount];
            await group.ReadAsync(field, buffer.AsMemory());
            all.AddRange(buffer.Select(s => s ?? ""));
        }

        return [.. all];
    }
}
