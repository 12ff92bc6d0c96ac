using VixShield.Data.Import;

namespace VixShield.Data.Tests.Import;

public sealed class CsvRecordReaderTests
{
    /// <summary>Each record as "line: field|field|...".</summary>
    private static List<string> ReadAll(string text, int bufferSize = 1 << 16)
    {
        var csv = new CsvRecordReader(new StringReader(text), bufferSize);
        var records = new List<string>();
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = csv[i].ToString();
            records.Add($"{csv.LineNumber}: {string.Join('|', fields)}");
        }

        return records;
    }

    [Fact]
    public void Splits_fields_and_trims_spaces_around_unquoted_ones()
    {
        Assert.Equal(["1: a|b|c", "2: 1|2.5|x y"], ReadAll("a,b,c\n 1 , 2.5,\t x y \n"));
    }

    [Fact]
    public void Reads_quoted_fields_with_separators_escaped_quotes_and_line_breaks()
    {
        Assert.Equal(
            ["1: a|b", "2: x, y|say \"hi\"", "3: two\nlines| kept ", "5: last|one"],
            ReadAll("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\", \" kept \" \nlast,one"));
    }

    [Fact]
    public void Counts_lines_across_quoted_line_breaks_crlf_and_blank_lines()
    {
        Assert.Equal(["1: h", "2: a\r\nb", "6: c", "7: d"], ReadAll("h\r\n\"a\r\nb\"\r\n\r\n   \r\nc\r\nd"));
    }

    [Fact]
    public void Keeps_empty_fields_including_a_trailing_one()
    {
        Assert.Equal(["1: a||", "2: ||x"], ReadAll("a,,\n,\"\",x"));
    }

    [Fact]
    public void A_tiny_buffer_gives_the_same_records_as_a_large_one()
    {
        string text = string.Join("\n", Enumerable.Range(0, 200).Select(i =>
            i % 7 == 0 ? $"{i},\"quoted, {new string('q', i)} \"\"x\"\"\",{i * 1.5}" : $"{i},{new string('z', i % 50)},{i * 1.5}")) + "\r\n";
        var expected = ReadAll(text);
        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, ReadAll(text, bufferSize: 16));
    }
}
