using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace VixShield.Data.Loading.Pages;

/// <summary>
/// Reads a required float or double column chunk, PLAIN or BYTE_STREAM_SPLIT encoded, straight into the caller's span.
/// </summary>
/// <remarks>
/// Byte-stream-split stores byte 0 of every value, then byte 1 of every value, and so on; decoding is a transpose
/// after decompression. Parquet.Net allocates per page for these columns, which on a ten-million-quote load costs more
/// than the transpose itself. Any other layout returns false so that the caller falls back to Parquet.Net.
/// </remarks>
internal static class FixedWidthColumnReader
{
    private const int Plain = 0, ByteStreamSplit = 9;

    public static bool TryRead<T>(SafeFileHandle file, ColumnChunk chunk, Span<T> destination)
        where T : unmanaged
    {
        var meta = chunk.MetaData;
        var expected = typeof(T) == typeof(double) ? Parquet.Meta.Type.DOUBLE : typeof(T) == typeof(float) ? Parquet.Meta.Type.FLOAT : (Parquet.Meta.Type?)null;
        if (meta is null || meta.Type != expected || !PageReader.TryOpen(file, meta, out var pages))
            return false;
        try
        {
            var bytes = MemoryMarshal.AsBytes(destination);
            int width = typeof(T) == typeof(double) ? 8 : 4, produced = 0;
            while (produced < destination.Length && pages.Next(out var header, out var values))
            {
                if (header.Type == PageHeader.DictionaryPage)
                    return false;
                if (header.Type is not (PageHeader.DataPage or PageHeader.DataPageV2))
                    continue;
                int count = header.ValueCount;
                if (count > destination.Length - produced || values.Length != count * width)
                    return false;
                var target = bytes.Slice(produced * width, count * width);
                if (header.Encoding == Plain)
                    values.CopyTo(target);
                else if (header.Encoding == ByteStreamSplit)
                    Unsplit(values, target, count, width);
                else
                    return false;
                produced += count;
            }

            return produced == destination.Length;
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

    /// <summary>Gathers byte k of value i from stream k (at k × count + i) back into little-endian values.</summary>
    private static void Unsplit(ReadOnlySpan<byte> streams, Span<byte> target, int count, int width)
    {
        for (int k = 0; k < width; k++)
        {
            var stream = streams.Slice(k * count, count);
            for (int i = 0; i < count; i++)
                target[i * width + k] = stream[i];
        }
    }
}
