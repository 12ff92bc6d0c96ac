using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;
using ZstdSharp;

namespace VixShield.Data.Loading.Pages;

/// <summary>
/// Walks the pages of one column chunk of a required (non-nullable, flat) column, handing out each page's
/// decompressed values. Handles Zstd and uncompressed chunks in data page v1 and v2; anything else is refused.
/// </summary>
internal ref struct PageReader
{
    [ThreadStatic]
    private static Decompressor? _zstd;

    private readonly byte[] _raw;
    private readonly ReadOnlySpan<byte> _chunk;
    private readonly CompressionCodec _codec;
    private int _position;
    private byte[] _buffer;

    private PageReader(byte[] raw, int length, CompressionCodec codec)
    {
        _raw = raw;
        _chunk = raw.AsSpan(0, length);
        _codec = codec;
        _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    }

    /// <summary>
    /// Reads a chunk's bytes (dictionary page included) into a pooled buffer the reader owns until <see cref="Dispose"/>.
    /// False, with nothing held, for a codec this reader does not know or a short read.
    /// </summary>
    public static bool TryOpen(SafeFileHandle file, ColumnMetaData meta, out PageReader pages)
    {
        pages = default;
        if (meta.Codec is not (CompressionCodec.ZSTD or CompressionCodec.UNCOMPRESSED))
            return false;
        long start = Math.Min(meta.DictionaryPageOffset ?? long.MaxValue, meta.DataPageOffset);
        int length = checked((int)meta.TotalCompressedSize);
        byte[] raw = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        if (RandomAccess.Read(file, raw.AsSpan(0, length), start) != length)
        {
            ArrayPool<byte>.Shared.Return(raw);
            return false;
        }

        pages = new PageReader(raw, length, meta.Codec);
        return true;
    }

    /// <summary>What a page reader throws on pages it cannot make sense of: the caller falls back to Parquet.Net.</summary>
    public static bool IsMalformed(Exception e) =>
        e is InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException or ZstdException;

    /// <summary>The next page and its values, decompressed; false at the end of the chunk. The span is valid until the next call.</summary>
    public bool Next(out PageHeader header, out ReadOnlySpan<byte> values)
    {
        values = default;
        header = default;
        if (_position >= _chunk.Length)
            return false;
        header = PageHeader.Read(_chunk[_position..]);
        _position += header.HeaderLength;
        var payload = _chunk.Slice(_position, header.CompressedSize);
        _position += header.CompressedSize;
        if (header.DefinitionLevelsLength != 0 || header.RepetitionLevelsLength != 0)
            throw new InvalidDataException("levels present: not a required flat column");
        // v1 pages compress the whole page; v2 pages may leave their values uncompressed.
        bool compressed = _codec == CompressionCodec.ZSTD && (header.Type != PageHeader.DataPageV2 || header.IsCompressed);
        if (!compressed)
        {
            values = payload[..header.UncompressedSize];
            return true;
        }

        if (_buffer.Length < header.UncompressedSize)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(header.UncompressedSize);
        }

        _zstd ??= new Decompressor();
        int written = _zstd.Unwrap(payload, _buffer.AsSpan(0, header.UncompressedSize));
        values = _buffer.AsSpan(0, written);
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<byte>.Shared.Return(_raw);
    }
}
