namespace VixShield.Data.Loading.Pages;

/// <summary>Parquet's RLE / bit-packed hybrid encoding of small integers (here: dictionary indices of at most 8 bits).</summary>
internal static class RleBitPackedHybrid
{
    /// <summary>Decodes <paramref name="destination"/>.Length values of <paramref name="bitWidth"/> bits; false on malformed or truncated input.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> data, int bitWidth, Span<byte> destination)
    {
        if (bitWidth is < 0 or > 8)
            return false;
        int position = 0, produced = 0, mask = (1 << bitWidth) - 1;
        while (produced < destination.Length)
        {
            if (!TryReadVarint(data, ref position, out uint header))
                return false;
            if ((header & 1) == 0)
            {
                int run = (int)(header >> 1), width = (bitWidth + 7) / 8;
                if (position + width > data.Length || run == 0)
                    return false;
                byte value = width == 0 ? (byte)0 : data[position];
                position += width;
                int take = Math.Min(run, destination.Length - produced);
                destination.Slice(produced, take).Fill(value);
                produced += take;
            }
            else
            {
                int count = (int)(header >> 1) * 8, bytes = (int)(header >> 1) * bitWidth;
                if (position + bytes > data.Length || count == 0)
                    return false;
                var packed = data.Slice(position, bytes);
                int take = Math.Min(count, destination.Length - produced);
                for (int k = 0; k < take; k++)
                {
                    int bit = k * bitWidth, b = bit >> 3;
                    int word = packed[b] | (b + 1 < packed.Length ? packed[b + 1] << 8 : 0);
                    destination[produced + k] = (byte)((word >> (bit & 7)) & mask);
                }

                produced += take;
                position += bytes;
            }
        }

        return true;
    }

    private static bool TryReadVarint(ReadOnlySpan<byte> data, ref int position, out uint value)
    {
        value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
                return false;
            byte b = data[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return true;
        }

        return false;
    }
}
