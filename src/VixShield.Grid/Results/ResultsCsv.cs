using System.Globalization;

namespace VixShield.Grid.Results;

/// <summary>Writes a <see cref="SweepResultTable"/> as CSV: doubles round-trip exactly ("R"), failed sets have empty metrics and an error.</summary>
public static class ResultsCsv
{
    public static void Write(TextWriter writer, SweepResultTable table)
    {
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', table.Header.Select(Escape)));
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
            writer.WriteLine(string.Join(',', cells));
        }
    }

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
