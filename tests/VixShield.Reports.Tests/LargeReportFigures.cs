using System.Diagnostics;
using System.Globalization;

namespace VixShield.Reports.Tests;

/// <summary>
/// The size and speed of a big report: a 10,000-set grid (10 values on each of 4 axes), the top 100 in the table, one
/// detail page each over 10 years, heatmaps and scatter over every set. Asserts the index page's 5 MB budget; the build
/// time is measured and written to artifacts/large-report.txt, not asserted (the machine is shared).
/// </summary>
public sealed class LargeReportFigures(ITestOutputHelper output)
{
    public const long IndexBudgetBytes = 5 * 1024 * 1024;

    [Fact]
    public void A_10000_set_report_keeps_its_index_page_under_5_MB()
    {
        var model = SyntheticReport.Build([10, 10, 10, 10], topN: 100, details: 100, years: 10, walkForward: true);
        string folder = TestPaths.Artifacts("report-large");
        // A first write warms the JIT, as a long-running grid node would be; the second one is measured.
        ReportWriter.Write(model, folder);
        // Wall time depends on who else uses the cores; processor time (all threads) says what the write itself costs.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        ReportWriter.Write(model, folder);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        long index = new FileInfo(Path.Combine(folder, "index.html")).Length;
        var pages = Directory.GetFiles(folder, "*.html");
        long total = pages.Sum(p => new FileInfo(p).Length);
        string figures = string.Create(CultureInfo.InvariantCulture,
            $"sets {model.Summary.TotalSets}, table rows {model.Results.Rows.Count}, scatter points {model.Scatter.Points.Count}, detail pages {model.Details.Count}\n" +
            $"write {clock.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s processor time on {Environment.ProcessorCount} cores; index.html {index / 1024.0 / 1024.0:F2} MB; all {pages.Length} pages {total / 1024.0 / 1024.0:F1} MB\n");
        File.WriteAllText(TestPaths.Artifacts("large-report.txt"), figures);
        output.WriteLine(figures);
        Assert.Equal(101, pages.Length);
        Assert.True(index < IndexBudgetBytes, figures);
    }
}
