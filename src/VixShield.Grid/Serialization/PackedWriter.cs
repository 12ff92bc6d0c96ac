using System.Text;

namespace VixShield.Grid.Serialization;

/// <summary>Builds a packed payload (layout in <see cref="PackedResultsConverter"/>): a format byte, then every item in the order written.</summary>
internal sealed class PackedWriter
{
    private readonly MemoryStream _bytes;
    private readonly BinaryWriter _writer;

    /// <param name="capacity">Bytes expected, so that a unit's payload is not copied as its buffer grows.</param>
    public PackedWriter(int capacity)
    {
        _bytes = new MemoryStream(capacity);
        _writer = new BinaryWriter(_bytes, Encoding.UTF8);
    }

    public void Byte(byte value) => _writer.Write(value);

    public void Count(int count) => _writer.Write7BitEncodedInt(count);

    /// <summary>A signed integer, zigzag-mapped so that small negatives stay as short as small positives.</summary>
    public void Integer(long value) => _writer.Write7BitEncodedInt64((value << 1) ^ (value >> 63));

    /// <summary>
    /// Length-prefixed UTF-8. A lone surrogate becomes U+FFFD, as the JSON writer of the array form does: error text
    /// is .NET strings that are almost always well formed.
    /// </summary>
    public void Text(string text) => _writer.Write(text);

    /// <summary>The IEEE bits, little-endian: NaN payloads and negative zero come back as they were.</summary>
    public void Double(double value) => _writer.Write(value);

    /// <summary>The payload so far, without a copy (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            _writer.Flush();
            return _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);
        }
    }
}
