using VixShield.Reports.Model;

namespace VixShield.Reports;

/// <summary>Checks a model's shape before a page is written: lengths that must agree, page names that must be plain and unique.</summary>
internal static class ReportModelCheck
{
    public static void Check(SweepReport report)
    {
        var s = report.Summary;
        if (s.PeriodFrom > s.PeriodTo)
            throw new ReportModelException("Summary.PeriodFrom", $"{s.PeriodFrom:yyyy-MM-dd} is after PeriodTo {s.PeriodTo:yyyy-MM-dd}");

        var pages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < report.Details.Count; i++)
        {
            var d = report.Details[i];
            string key = $"Details[{i}]";
            string name = d.PageFileName;
            if (name.Length == 0 || name != Path.GetFileName(name) || name.StartsWith('.') || !name.EndsWith(".html", StringComparison.Ordinal)
                || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOfAny(['"', '<', '>', '#', '?', '%', '\\']) >= 0)
                throw new ReportModelException(key + ".PageFileName", $"\"{name}\" is not a plain file name ending in .html");
            if (name.Equals("index.html", StringComparison.OrdinalIgnoreCase) || !pages.Add(name))
                throw new ReportModelException(key + ".PageFileName", $"\"{name}\" is used twice (or is the index page)");
            SameLength(key + ".Hedged.Equity", d.Hedged.Equity.Length, d.Hedged.Dates.Length, "Hedged.Dates");
            SameLength(key + ".HedgeOff.Equity", d.HedgeOff.Equity.Length, d.HedgeOff.Dates.Length, "HedgeOff.Dates");
            SameLength(key + ".Hedged.YearlyReturns", d.Hedged.YearlyReturns.Length, d.Hedged.Years.Length, "Hedged.Years");
            SameLength(key + ".HedgeOff.YearlyReturns", d.HedgeOff.YearlyReturns.Length, d.HedgeOff.Years.Length, "HedgeOff.Years");
            SameLength(key + ".VixCloses", d.VixCloses.Length, d.VixDates.Length, "VixDates");
            SameLength(key + ".AxisValues", d.AxisValues.Count, report.Results.AxisNames.Count, "Results.AxisNames");
        }

        var table = report.Results;
        for (int i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            SameLength($"Results.Rows[{i}].AxisValues", row.AxisValues.Count, table.AxisNames.Count, "Results.AxisNames");
            SameLength($"Results.Rows[{i}].Metrics", row.Metrics.Count, table.MetricNames.Count, "Results.MetricNames");
            if (row.DetailPage is { } page && !pages.Contains(page))
                throw new ReportModelException($"Results.Rows[{i}].DetailPage", $"\"{page}\" is not the page of any detail");
        }

        for (int i = 0; i < report.Heatmaps.Count; i++)
        {
            var map = report.Heatmaps[i];
            SameLength($"Heatmaps[{i}].Cells", map.Cells.Length, map.XValues.Count * map.YValues.Count, "XValues × YValues");
        }

        for (int i = 0; i < report.Sensitivities.Count; i++)
        {
            var axis = report.Sensitivities[i];
            SameLength($"Sensitivities[{i}].Best", axis.Best.Length, axis.Values.Count, "Values");
            SameLength($"Sensitivities[{i}].Median", axis.Median.Length, axis.Values.Count, "Values");
            SameLength($"Sensitivities[{i}].SetCounts", axis.SetCounts.Length, axis.Values.Count, "Values");
        }

        if (report.WalkForward is { } wf)
        {
            SameLength("WalkForward.StitchedEquity", wf.StitchedEquity.Length, wf.Dates.Length, "WalkForward.Dates");
            SameLength("WalkForward.InSampleOptimumEquity", wf.InSampleOptimumEquity.Length, wf.Dates.Length, "WalkForward.Dates");
            for (int i = 0; i < wf.Windows.Count; i++)
                SameLength($"WalkForward.Windows[{i}].ChosenAxisValues", wf.Windows[i].ChosenAxisValues.Count, table.AxisNames.Count, "Results.AxisNames");
        }
    }

    private static void SameLength(string key, int actual, int expected, string other)
    {
        if (actual != expected)
            throw new ReportModelException(key, $"has {actual} values but {other} has {expected}");
    }
}
