using System.Text;
using System.Text.Json;

namespace VixShield.Grid.Serialization;

/// <summary>
/// Reads what <see cref="PackedWriter"/> wrote. Truncated or corrupt data is a <see cref="JsonException"/> saying which
/// part ran out or is wrong and where the caller was (<see cref="Where"/>), never an index or stream exception.
/// </summary>
internal sealed class PackedReader
{
    private readonly MemoryStream _bytes;
    private readonly BinaryReader _reader;
    private int _set = -1;
    private int _sets;

    private PackedReader(byte[] packed)
    {
        _bytes = new MemoryStream(packed, 1, packed.Length - 1, writable: false);
        _reader = new BinaryReader(_bytes, Encoding.UTF8);
    }

    /// <summary>Where the caller is, for error messages ("set 12 of 1,000").</summary>
    public string Where => _set < 0 ? "the header" : $"set {_set + 1:N0} of {_sets:N0}";

    /// <summary>Bytes not yet read: an upper bound on how many more items the payload can describe.</summary>
    public long Remaining => _bytes.Length - _bytes.Position;

    /// <summary>Doubles the rest of the payload can still supply.</summary>
    public long DoublesRemaining => Remaining / sizeof(double);

    /// <summary>Checks <paramref name="format"/>.</summary>
    public static PackedReader Open(byte[] packed, byte format)
    {
        if (packed.Length == 0)
            throw Corrupt("the payload is empty");
        if (packed[0] != format)
            throw Corrupt($"format {packed[0]}, this build reads {format}");
        return new PackedReader(packed);
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

    public double Double(string what) => Read(what, r => r.ReadDouble());

    /// <summary>The payload read to its end: anything left over means the layout was misread.</summary>
    public void End()
    {
        if (Remaining != 0)
            throw Corrupt($"{Remaining:N0} bytes are left over after the last set");
    }

    public static JsonException Corrupt(string message) => new($"packed results: {message}");

    private T Read<T>(string what, Func<BinaryReader, T> read)
    {
        try
        {
            return read(_reader);
        }
        catch (EndOfStreamException)
        {
            throw Corrupt($"{Where}: the payload ends in {what} (truncated?)");
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw Corrupt($"{Where}: {what} is malformed ({e.Message})");
        }
    }
}
