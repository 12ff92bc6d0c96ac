using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace VixShield.Data.Loading.Pages;

/// <summary>
/// Reads a required, dictionary-encoded string column chunk (such as <c>right</c> or <c>settlement</c>) as one byte of
/// dictionary index per row plus the dictionary itself, straight from the file's pages.
/// </summary>
/// <remarks>
/// Parquet.Net materialises a new string for every value of such a column, which made two one-letter columns cost more
/// than the eight numeric ones together. This reader handles the layout the dataset writer produces and returns false
/// for anything else (another codec, plain-encoded pages, a dictionary over 256 entries), so the caller can fall back
/// to Parquet.Net: a different writer's file is slower to load, never misread.
/// </remarks>
internal static class DictionaryColumnReader
{
    public static bool TryRead(SafeFileHandle file, ColumnChunk chunk, int rowCount, Span<byte> indices, out string[] dictionary)
    {
        dictionary = [];
        var meta = chunk.MetaData;
        if (meta is null || meta.Type != Parquet.Meta.Type.BYTE_ARRAY || !PageReader.TryOpen(file, meta, out var pages))
            return false;
        try
        {
            int produced = 0;
            bool haveDictionary = false;
            while (produced < rowCount && pages.Next(out var header, out var values))
            {
                if (header.Type == PageHeader.DictionaryPage)
                {
                    if (header.ValueCount > 256)
                        return false;
                    dictionary = ReadDictionary(values, header.ValueCount);
                    haveDictionary = true;
                }
                else if (header.Type is PageHeader.DataPage or PageHeader.DataPageV2)
                {
                    if (!haveDictionary || header.Encoding is not (PageHeader.PlainDictionary or PageHeader.RleDictionary)
                        || header.ValueCount > rowCount - produced || values.Length == 0)
                        return false;
                    var destination = indices.Slice(produced, header.ValueCount);
                    if (!RleBitPackedHybrid.TryDecode(values[1..], values[0], destination) || destination.IndexOfAnyInRange((byte)dictionary.Length, byte.MaxValue) >= 0)
                        return false;
                    produced += header.ValueCount;
                }
            }

            return produced == rowCount;
        }
        catch (Exception e) when (PageReader.IsMalformed(e))
        {
            return false;
        }
        finally
        {
            pages.Dispose();
        }
    }

    /// <summary>PLAIN byte arrays: a little-endian int32 length, then the UTF-8 bytes, for each entry.</summary>
    private static string[] ReadDictionary(ReadOnlySpan<byte> plain, int count)
    {
        var entries = new string[count];
        int at = 0;
        for (int i = 0; i < count; i++)
        {
            int size = BinaryPrimitives.ReadInt32LittleEndian(plain[at..]);
            entries[i] = System.Text.Encoding.UTF8.GetString(plain.Slice(at + 4, size));
            at += 4 + size;
        }

        return entries;
    }
}
