namespace VixShield.Reports.Tests;

/// <summary>Every generated page passes html-validate's recommended rules (HTML5 content model, accessibility basics).</summary>
public sealed class HtmlValidityTests(SmallReport report)
{
    [Fact]
    public void Every_report_page_validates()
    {
        var pages = Directory.GetFiles(report.Folder, "*.html").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(1 + report.Model.Details.Count, pages.Length);
        var findings = HtmlValidator.Validate(pages);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(40)));
    }

    [Fact]
    public void A_one_set_sweep_with_nothing_to_deflate_still_renders_valid_pages_that_say_why()
    {
        using var folder = TestPaths.Temporary();
        var single = SyntheticReport.Build([1, 1, 1, 1], topN: 1, details: 1, years: 1, walkForward: false);
        ReportWriter.Write(single, folder.Path);
        var pages = Directory.GetFiles(folder.Path, "*.html");
        Assert.Equal(2, pages.Length);
        var findings = HtmlValidator.Validate(pages);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(40)));
        string index = File.ReadAllText(Path.Combine(folder.Path, "index.html"));
        Assert.Contains("Not computed: fewer than two sets completed", index);
        Assert.Contains("<strong>not assessed</strong>", index);
        Assert.DoesNotContain("id=\"walk-forward\"", index);
    }

    [Fact]
    public void A_sweep_where_every_set_failed_renders_valid_pages_with_empty_charts()
    {
        using var folder = TestPaths.Temporary();
        var m = report.Model;
        var failed = m with
        {
            Results = m.Results with { Rows = m.Results.Rows.Where(r => r.Error is not null).ToArray() },
            Heatmaps = [],
            Sensitivities = [],
            Scatter = new Model.RiskReturnScatter([]),
            Overfitting = new Model.OverfittingDiagnostics(null, null, "no set completed", null, "no set completed"),
            WalkForward = null,
            Details = [],
        };
        ReportWriter.Write(failed, folder.Path);
        var pages = Directory.GetFiles(folder.Path, "*.html");
        Assert.Single(pages);
        var findings = HtmlValidator.Validate(pages);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(40)));
        string index = File.ReadAllText(pages[0]);
        Assert.Contains("no set met the constraints", index);
        Assert.DoesNotContain("id=\"heatmaps\"", index);
    }

    [Fact]
    public void The_validator_really_rejects_a_broken_page()
    {
        using var folder = TestPaths.Temporary();
        string broken = Path.Combine(folder.Path, "broken.html");
        File.WriteAllText(broken, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><table><tr><td>1</div></table></body></html>");
        Assert.NotEmpty(HtmlValidator.Validate([broken]));
    }

    [Fact]
    public void The_sweep_catalog_page_validates()
    {
        using var folder = TestPaths.Temporary();
        string file = Path.Combine(folder.Path, "index.html");
        ReportWriter.WriteCatalog(SweepCatalogSample.Of(report.Model), file);
        var findings = HtmlValidator.Validate([file]);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(40)));
    }
}
