using VixShield.Reports.Model;

namespace VixShield.Reports.Tests;

/// <summary>The writer: same model, same bytes; a report folder is replaced whole or not at all; a malformed model is refused in one line.</summary>
public sealed class ReportWriterTests(SmallReport report)
{
    [Fact]
    public void The_same_model_gives_byte_identical_pages()
    {
        using var folder = TestPaths.Temporary();
        string again = Path.Combine(folder.Path, "again");
        // A second model built from the same arguments: nothing in the output may depend on object identity or the clock.
        ReportWriter.Write(SyntheticReport.Build(SmallReport.Shape, topN: 10, details: 3, years: 3), again);
        var first = Directory.GetFiles(report.Folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(first, Directory.GetFiles(again).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        foreach (string name in first)
            Assert.True(File.ReadAllBytes(Path.Combine(report.Folder, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))), name);
    }

    [Fact]
    public void Writing_again_replaces_the_folder_and_leaves_no_temporary_siblings()
    {
        using var folder = TestPaths.Temporary();
        string target = Path.Combine(folder.Path, "report");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "set-999999.html"), "a page of an older report");
        ReportWriter.Write(report.Model, target);
        Assert.False(File.Exists(Path.Combine(target, "set-999999.html")));
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.Equal(["report"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_malformed_model_is_refused_in_one_line_and_the_old_report_stays()
    {
        using var folder = TestPaths.Temporary();
        string target = Path.Combine(folder.Path, "report");
        ReportWriter.Write(report.Model, target);
        byte[] before = File.ReadAllBytes(Path.Combine(target, "index.html"));

        var escaping = report.Model with { Details = [report.Model.Details[0] with { PageFileName = "../escape.html" }, .. report.Model.Details.Skip(1)] };
        var error = Assert.Throws<ReportModelException>(() => ReportWriter.Write(escaping, target));
        Assert.Equal("report model: Details[0].PageFileName: \"../escape.html\" is not a plain file name ending in .html", error.Message);

        var map = report.Model.Heatmaps[1];
        var shortMap = report.Model with { Heatmaps = [report.Model.Heatmaps[0], map with { Cells = map.Cells[..^1] }, .. report.Model.Heatmaps.Skip(2)] };
        error = Assert.Throws<ReportModelException>(() => ReportWriter.Write(shortMap, target));
        Assert.Equal($"report model: Heatmaps[1].Cells: has {map.Cells.Length - 1} values but XValues × YValues has {map.Cells.Length}", error.Message);
        Assert.DoesNotContain('\n', error.Message);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(target, "index.html")));
        Assert.Equal(["report"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_old_report_whole_and_nothing_half_written()
    {
        using var folder = TestPaths.Temporary();
        string target = Path.Combine(folder.Path, "report");
        ReportWriter.Write(report.Model, target);
        var before = Directory.GetFiles(target).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        // A plain name the file system refuses (over 255 bytes): the index and other pages are already written when it fails.
        string tooLong = new string('x', 300) + ".html";
        var last = report.Model.Details[^1];
        var failing = report.Model with
        {
            Details = [.. report.Model.Details.SkipLast(1), last with { PageFileName = tooLong }],
            Results = report.Model.Results with { Rows = report.Model.Results.Rows.Select(r => r.DetailPage == last.PageFileName ? r with { DetailPage = tooLong } : r).ToArray() },
        };
        Assert.ThrowsAny<IOException>(() => ReportWriter.Write(failing, target));

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(target).Select(f => Path.GetFileName(f)).Order());
        Assert.All(before, page => Assert.Equal(page.Value, File.ReadAllBytes(Path.Combine(target, page.Key))));
        Assert.Equal(["report"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_catalog_lists_every_sweep_linked_to_its_report_and_is_written_through_a_temporary_name()
    {
        using var folder = TestPaths.Temporary();
        string file = Path.Combine(folder.Path, "index.html");
        var catalog = SweepCatalogSample.Of(report.Model);
        ReportWriter.WriteCatalog(catalog, file);
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
        var rows = doc.QuerySelectorAll("table#sweeps tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("alvh-wings/report/index.html", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("tight & <odd> name", rows[2].Children[0].TextContent);
        Assert.Equal("no report yet", rows[1].Children[^1].TextContent);
        Assert.Equal(MetricUnitsText(catalog.Sweeps[0].BestScore), rows[0].Children[7].TextContent);
    }

    private static string MetricUnitsText(double? irr) => Html.MetricUnits.Of("irr").TextWithUnit(irr);
}
