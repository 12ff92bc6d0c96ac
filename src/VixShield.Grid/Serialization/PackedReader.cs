using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace VixShield.Grid.Serialization;

/// <summary>
/// Reads what <see cref="PackedWriter"/> wrote. Truncated or corrupt data is a <see cref="JsonException"/> saying which
/// part ran out or is wrong and where the caller was (<see cref="Where"/>), never an index or stream exception.
/// </summary>
internal sealed class PackedReader
{
    private const int BytesPerDoubleTail = 7;

    private readonly MemoryStream _head;
    private readonly BinaryReader _headReader;
    private readonly byte[] _packed;
    private int _tailAt;
    private int _set = -1;
    private int _sets;

    private PackedReader(byte[] packed, byte[] head, int headLength, int tailAt)
    {
        _packed = packed;
        _head = new MemoryStream(head, 0, headLength, writable: false);
        _headReader = new BinaryReader(_head, Encoding.UTF8);
        _tailAt = tailAt;
    }

    /// <summary>Where the caller is, for error messages ("set 12 of 1,000").</summary>
    public string Where => _set < 0 ? "the header" : $"set {_set + 1:N0} of {_sets:N0}";

    /// <summary>Head bytes not yet read: an upper bound on how many more items the head can describe.</summary>
    public long HeadRemaining => _head.Length - _head.Position;

    /// <summary>Doubles the low bytes can still supply.</summary>
    public int DoublesRemaining => (_packed.Length - _tailAt) / BytesPerDoubleTail;

    /// <summary>Checks <paramref name="format"/> and decompresses the head.</summary>
    public static PackedReader Open(byte[] packed, byte format)
    {
        if (packed.Length == 0)
            throw Corrupt("the payload is empty");
        if (packed[0] != format)
            throw Corrupt($"format {packed[0]}, this build reads {format}");
        int at = 1;
        int compressedLength = LengthPrefix(packed, ref at);
        if (compressedLength > packed.Length - at)
            throw Corrupt($"the compressed head is {compressedLength:N0} bytes but only {packed.Length - at:N0} follow (truncated?)");
        var (head, headLength) = Decompress(packed.AsSpan(at, compressedLength));
        return new PackedReader(packed, head, headLength, at + compressedLength);
    }

    /// <summary>The caller goes on to set <paramref name="set"/> (0-based) of <paramref name="sets"/>.</summary>
    public void AtSet(int set, int sets) => (_set, _sets) = (set, sets);

    public byte Byte(string what) => Read(what, r => r.ReadByte());

    /// <summary>A count of items, no more than <paramref name="available"/>: a corrupt count must not allocate an array beyond the data.</summary>
    public int Count(string what, long available)
    {
        int count = Read(what, r => r.Read7BitEncodedInt());
        if (count < 0 || count > available)
            throw Corrupt($"{Where}: {what} is {count:N0}, more than the rest of the data can hold (truncated or corrupt?)");
        return count;
    }

    public long Integer(string what)
    {
        ulong zigzag = (ulong)Read(what, r => r.Read7BitEncodedInt64());
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }

    public int Int32(string what)
    {
        long value = Integer(what);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Corrupt($"{Where}: {what} {value} is out of 32-bit range");
    }

    public string Text(string what) => Read(what, r => r.ReadString());

    public double Double(string what)
    {
        int top = _head.ReadByte();
        if (top < 0)
            throw Corrupt($"{Where}: the head ends before {what} (truncated?)");
        if (_packed.Length - _tailAt < BytesPerDoubleTail)
            throw Corrupt($"{Where}: the low bytes end before {what} (truncated?)");
        Span<byte> bits = stackalloc byte[8];
        _packed.AsSpan(_tailAt, BytesPerDoubleTail).CopyTo(bits);
        bits[7] = (byte)top;
        _tailAt += BytesPerDoubleTail;
        return BitConverter.UInt64BitsToDouble(BinaryPrimitives.ReadUInt64LittleEndian(bits));
    }

    /// <summary>Both parts read to their ends: anything left over means the layout was misread.</summary>
    public void End()
    {
        if (HeadRemaining != 0)
            throw Corrupt($"{HeadRemaining:N0} head bytes are left over after the last set");
        if (_tailAt != _packed.Length)
            throw Corrupt($"{_packed.Length - _tailAt:N0} low bytes are left over after the last set");
    }

    public static JsonException Corrupt(string message) => new($"packed results: {message}");

    private T Read<T>(string what, Func<BinaryReader, T> read)
    {
        try
        {
            return read(_headReader);
        }
        catch (EndOfStreamException)
        {
            throw Corrupt($"{Where}: the head ends in {what} (truncated?)");
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw Corrupt($"{Where}: {what} is malformed ({e.Message})");
        }
    }

    private static int LengthPrefix(byte[] packed, ref int at)
    {
        using var reader = new BinaryReader(new MemoryStream(packed, at, packed.Length - at, writable: false));
        try
        {
            int length = reader.Read7BitEncodedInt();
            at += (int)reader.BaseStream.Position;
            return length >= 0 ? length : throw Corrupt($"the compressed head's length {length} is negative");
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw Corrupt("the compressed head's length is cut off or malformed");
        }
    }

    /// <summary>
    /// Grows the buffer as the data decompresses rather than trusting a stored length, so that a corrupt payload cannot
    /// make it allocate more than the data really holds.
    /// </summary>
    private static (byte[] Head, int Length) Decompress(ReadOnlySpan<byte> compressed)
    {
        using var decoder = new BrotliDecoder();
        byte[] head = new byte[(int)Math.Min(Array.MaxLength / 2, Math.Max(256L, compressed.Length * 4L))];
        int read = 0, written = 0;
        while (true)
        {
            var status = decoder.Decompress(compressed[read..], head.AsSpan(written), out int consumed, out int produced);
            read += consumed;
            written += produced;
            switch (status)
            {
                case OperationStatus.Done when read == compressed.Length:
                    return (head, written);
                case OperationStatus.Done:
                    throw Corrupt($"{compressed.Length - read:N0} bytes follow the end of the compressed head");
                case OperationStatus.DestinationTooSmall when head.Length <= Array.MaxLength / 2:
                    Array.Resize(ref head, head.Length * 2);
                    break;
                case OperationStatus.DestinationTooSmall:
                    throw Corrupt("the compressed head expands past 1 GiB");
                case OperationStatus.NeedMoreData:
                    throw Corrupt("the compressed head is cut off (truncated?)");
                default:
                    throw Corrupt("the compressed head is not valid Brotli data");
            }
        }
    }
}
