namespace VixShield.Data.Loading.Pages;

/// <summary>The parts of a Parquet page header the dictionary-column reader needs.</summary>
/// <param name="Type">0 data page v1, 2 dictionary page, 3 data page v2.</param>
/// <param name="Encoding">Of the values: 0 PLAIN, 2 PLAIN_DICTIONARY, 8 RLE_DICTIONARY, …</param>
internal readonly record struct PageHeader(
    int Type, int UncompressedSize, int CompressedSize, int ValueCount, int Encoding,
    int DefinitionLevelsLength, int RepetitionLevelsLength, bool IsCompressed, int HeaderLength)
{
    public const int DataPage = 0, DictionaryPage = 2, DataPageV2 = 3;
    public const int PlainDictionary = 2, RleDictionary = 8;

    public static PageHeader Read(ReadOnlySpan<byte> data)
    {
        var thrift = new ThriftCompactReader(data);
        int type = -1, uncompressed = 0, compressed = 0, count = 0, encoding = -1, defLength = 0, repLength = 0;
        bool isCompressed = true;
        short last = 0;
        while (thrift.NextField(ref last, out short id, out byte fieldType))
        {
            switch (id)
            {
                case 1 when fieldType == ThriftCompactReader.I32: type = thrift.ReadI32(); break;
                case 2 when fieldType == ThriftCompactReader.I32: uncompressed = thrift.ReadI32(); break;
                case 3 when fieldType == ThriftCompactReader.I32: compressed = thrift.ReadI32(); break;
                case 5 or 7 or 8 when fieldType == ThriftCompactReader.Struct:
                {
                    short inner = 0;
                    while (thrift.NextField(ref inner, out short innerId, out byte innerType))
                    {
                        // data page v1 (5) and dictionary page (7): 1 num_values, 2 encoding.
                        // data page v2 (8): 1 num_values, 4 encoding, 5/6 level lengths, 7 is_compressed.
                        if (innerId == 1 && innerType == ThriftCompactReader.I32) count = thrift.ReadI32();
                        else if (innerId == 2 && id != 8 && innerType == ThriftCompactReader.I32) encoding = thrift.ReadI32();
                        else if (innerId == 4 && id == 8 && innerType == ThriftCompactReader.I32) encoding = thrift.ReadI32();
                        else if (innerId == 5 && id == 8 && innerType == ThriftCompactReader.I32) defLength = thrift.ReadI32();
                        else if (innerId == 6 && id == 8 && innerType == ThriftCompactReader.I32) repLength = thrift.ReadI32();
                        else if (innerId == 7 && id == 8 && innerType is ThriftCompactReader.BoolTrue or ThriftCompactReader.BoolFalse) isCompressed = innerType == ThriftCompactReader.BoolTrue;
                        else thrift.Skip(innerType);
                    }

                    break;
                }

                default:
                    thrift.Skip(fieldType);
                    break;
            }
        }

        return new PageHeader(type, uncompressed, compressed, count, encoding, defLength, repLength, isCompressed, thrift.Position);
    }
}
