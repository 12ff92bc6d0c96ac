using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Serialization;

/// <summary>
/// Writes a set's <see cref="BlockReturnStats"/> as one base64 string of their exact bits (per block: count as a 32-bit
/// integer, sum and sum of squares as IEEE doubles, little-endian): 16 blocks are 428 characters, against about 1,100
/// for the numbers as JSON text, and every set of a unit carries them to the coordinator and into the journal.
/// </summary>
internal sealed class BlockStatsConverter : JsonConverter<BlockReturnStats[]>
{
    private const int BytesPerBlock = 4 + 8 + 8;

    public override BlockReturnStats[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"block statistics: expected a base64 string, found {reader.TokenType}");
        byte[] bytes = reader.GetBytesFromBase64();
        if (bytes.Length % BytesPerBlock != 0)
            throw new JsonException($"block statistics: {bytes.Length} bytes is not a whole number of {BytesPerBlock}-byte blocks");
        var blocks = new BlockReturnStats[bytes.Length / BytesPerBlock];
        for (int b = 0; b < blocks.Length; b++)
        {
            var block = bytes.AsSpan(b * BytesPerBlock, BytesPerBlock);
            blocks[b] = new BlockReturnStats(
                BinaryPrimitives.ReadInt32LittleEndian(block),
                BinaryPrimitives.ReadDoubleLittleEndian(block[4..]),
                BinaryPrimitives.ReadDoubleLittleEndian(block[12..]));
        }

        return blocks;
    }

    public override void Write(Utf8JsonWriter writer, BlockReturnStats[] blocks, JsonSerializerOptions options)
    {
        Span<byte> bytes = blocks.Length <= 64 ? stackalloc byte[blocks.Length * BytesPerBlock] : new byte[blocks.Length * BytesPerBlock];
        for (int b = 0; b < blocks.Length; b++)
        {
            var block = bytes.Slice(b * BytesPerBlock, BytesPerBlock);
            BinaryPrimitives.WriteInt32LittleEndian(block, blocks[b].Count);
            BinaryPrimitives.WriteDoubleLittleEndian(block[4..], blocks[b].Sum);
            BinaryPrimitives.WriteDoubleLittleEndian(block[12..], blocks[b].SumOfSquares);
        }

        writer.WriteBase64StringValue(bytes);
    }
}
