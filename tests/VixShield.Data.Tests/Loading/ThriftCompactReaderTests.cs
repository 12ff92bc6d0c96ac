using VixShield.Data.Loading.Pages;

namespace VixShield.Data.Tests.Loading;

public class ThriftCompactReaderTests
{
    [Fact]
    public void Skipping_a_statistics_struct_lands_after_its_stop_byte()
    {
        // Parquet statistics as Parquet.Net writes them: max "P", min "C", null_count 0, max_value "P", min_value "C", stop.
        byte[] statistics = Convert.FromHexString("18015018014316002801501801430000");
        var reader = new ThriftCompactReader(statistics);

        reader.Skip(ThriftCompactReader.Struct);

        Assert.Equal(15, reader.Position);
    }

    [Fact]
    public void A_data_page_header_with_statistics_is_read_to_its_end()
    {
        // type 0, sizes 4671/599, data_page_header {100080 values, PLAIN_DICTIONARY, RLE, RLE, statistics {...}}, then a Zstd frame.
        byte[] header = Convert.FromHexString("150015FE4815AE092C15E09B0C1504150615061C180150180143160028015018014300000028B52FFD");
        var page = PageHeader.Read(header);

        Assert.Equal(new PageHeader(PageHeader.DataPage, 4671, 599, 100080, PageHeader.PlainDictionary, 0, 0, true, 37), page);
    }
}
