using System.Globalization;

namespace VixShield.Grid.Results;

/// <summary>Writes a <see cref="SweepResultTable"/> as CSV: doubles round-trip exactly ("R"), failed sets have empty metrics and an error.</summary>
public static class ResultsCsv
{
    public static void Write(TextWriter writer, SweepResultTable table)
    {
        writer.NewLine = "\n";
        foreach (string line in Lines(table))
            writer.WriteLine(line);
    }

    /// <summary>The same text as <see cref="Write"/>, for writers that must not block (an HTTP response streams it).</summary>
    public static async Task WriteAsync(TextWriter writer, SweepResultTable table, CancellationToken cancel = default)
    {
        writer.NewLine = "\n";
        foreach (string line in Lines(table))
            await writer.WriteLineAsync(line.AsMemory(), cancel);
    }

    private static IEnumerable<string> Lines(SweepResultTable table)
    {
        yield return string.Join(',', table.Header.Select(Escape));
        int metrics = SweepResultTable.MetricNames.Count;
        var cells = new List<string>(table.Header.Count);
        for (int row = 0; row < table.Rows.Count; row++)
        {
            cells.Clear();
            cells.Add(table.Rows[row].Index.ToString(CultureInfo.InvariantCulture));
            for (int a = 0; a < table.AxisNames.Count; a++)
                cells.Add(Escape(table.AxisText(row, a)));
            for (int m = 0; m < metrics; m++)
                cells.Add(table.Metric(row, m) is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "");
            cells.Add(Escape(table.Rows[row].Error ?? ""));
            yield return string.Join(',', cells);
        }
    }

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
