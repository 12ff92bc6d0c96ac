namespace VixShield.Data.Loading.Pages;

/// <summary>
/// Reads the Thrift compact protocol that Parquet page headers are written in: just enough to find a page's type,
/// sizes, value count and encoding, and to skip every field it does not need.
/// </summary>
internal ref struct ThriftCompactReader
{
    public const byte Stop = 0, BoolTrue = 1, BoolFalse = 2, Byte = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Set = 10, Map = 11, Struct = 12;

    private readonly ReadOnlySpan<byte> _data;

    public ThriftCompactReader(ReadOnlySpan<byte> data) => _data = data;

    public int Position { get; private set; }

    /// <summary>Reads a field header; returns false at the struct's stop byte. Field ids are delta-coded from <paramref name="lastId"/>.</summary>
    public bool NextField(ref short lastId, out short id, out byte type)
    {
        byte header = _data[Position++];
        type = (byte)(header & 0x0F);
        id = 0;
        if (type == Stop)
            return false;
        int delta = header >> 4;
        id = delta == 0 ? (short)ZigZag(ReadVarint()) : (short)(lastId + delta);
        lastId = id;
        return true;
    }

    public int ReadI32() => (int)ZigZag(ReadVarint());

    public void Skip(byte type)
    {
        switch (type)
        {
            case BoolTrue or BoolFalse:
                break;
            case Byte:
                Position++;
                break;
            case I16 or I32 or I64:
                ReadVarint();
                break;
            case Double:
                Position += 8;
                break;
            case Binary:
            {
                // Read the length first: in 'Position += ReadVarint()' the old Position would be summed before the read moves it.
                int length = checked((int)ReadVarint());
                Position += length;
                break;
            }

            case List or Set:
            {
                byte header = _data[Position++];
                int size = header >> 4;
                if (size == 15)
                    size = checked((int)ReadVarint());
                byte element = (byte)(header & 0x0F);
                for (int i = 0; i < size; i++)
                    SkipElement(element);
                break;
            }

            case Map:
            {
                int size = checked((int)ReadVarint());
                if (size == 0)
                    break;
                byte kinds = _data[Position++];
                for (int i = 0; i < size; i++)
                {
                    SkipElement((byte)(kinds >> 4));
                    SkipElement((byte)(kinds & 0x0F));
                }

                break;
            }

            case Struct:
            {
                short last = 0;
                while (NextField(ref last, out _, out byte fieldType))
                    Skip(fieldType);
                break;
            }

            default:
                throw new InvalidDataException($"unknown Thrift compact type {type}");
        }
    }

    /// <summary>Inside lists, sets and maps a boolean is a whole byte, unlike in a field header.</summary>
    private void SkipElement(byte type)
    {
        if (type is BoolTrue or BoolFalse)
            Position++;
        else
            Skip(type);
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = _data[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
    }

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
