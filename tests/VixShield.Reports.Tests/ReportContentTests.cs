using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using VixShield.Reports.Html;
using VixShield.Sweeps.Ranking;

namespace VixShield.Reports.Tests;

/// <summary>The pages of a small synthetic report hold the rows, numbers and charts of their model.</summary>
public sealed class ReportContentTests(SmallReport report)
{
    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    [Fact]
    public void Writes_the_index_and_one_page_per_detail_and_nothing_else()
    {
        var files = Directory.GetFiles(report.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var expected = report.Model.Details.Select(d => d.PageFileName).Append("index.html").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, files);
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(report.Folder)!, ".report-small.*"));
    }

    [Fact]
    public void The_results_table_lists_the_top_sets_in_rank_order_with_irr_in_percent()
    {
        var doc = Parse(report.Index);
        var rows = doc.QuerySelectorAll("table#results-table tbody tr");
        Assert.Equal(report.Model.Results.Rows.Count, rows.Length);
        var headers = doc.QuerySelectorAll("table#results-table thead tr:first-child th").Select(th => th.QuerySelector("button")!.FirstChild!.TextContent).ToArray();
        Assert.Equal(["rank", "set", .. SyntheticReport.AxisNames, .. MetricTable.Names, "constraints", "error"], headers);

        int irr = Array.IndexOf(headers, "irr");
        var first = report.Model.Results.Rows[0];
        Assert.Equal("1", rows[0].Children[0].TextContent);
        Assert.Equal(first.SetIndex.ToString(CultureInfo.InvariantCulture), rows[0].Children[1].TextContent);
        double irrValue = first.Metrics[MetricTable.Names.ToList().IndexOf("irr")]!.Value;
        Assert.Equal((irrValue * 100).ToString("F2", CultureInfo.InvariantCulture), rows[0].Children[irr].TextContent);
        Assert.Equal(irrValue * 100, double.Parse(rows[0].Children[irr].GetAttribute("data-v")!, CultureInfo.InvariantCulture), 12);

        // Ranked rows come best first: IRR never rises down the ranked part of the table.
        var ranked = rows.Where(r => r.Children[0].TextContent != "—").Select(r => double.Parse(r.Children[irr].GetAttribute("data-v")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(10, ranked.Length);
        Assert.Equal(ranked.OrderDescending(), ranked);

        // The failed sets show their error and no metrics.
        var failed = rows.Where(r => r.ClassList.Contains("error")).ToArray();
        Assert.NotEmpty(failed);
        Assert.All(failed, r => Assert.Contains("rsi_low", r.Children[^1].TextContent));
        Assert.All(failed, r => Assert.Equal("—", r.Children[irr].TextContent));
    }

    [Fact]
    public void Detail_pages_are_linked_from_their_rows()
    {
        var doc = Parse(report.Index);
        var links = doc.QuerySelectorAll("table#results-table tbody tr td:nth-child(2) a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(report.Model.Details.Select(d => d.PageFileName), links);
    }

    [Fact]
    public void The_index_draws_three_heatmaps_one_sensitivity_per_axis_the_scatter_and_the_logit_histogram()
    {
        var doc = Parse(report.Index);
        var heatmaps = doc.QuerySelectorAll("#heatmaps svg.heatmap");
        Assert.Equal(3, heatmaps.Length);
        // 4 wing widths × 3 increments per map, each cell titled with its value.
        Assert.All(heatmaps, h => Assert.Equal(12, h.QuerySelectorAll("rect.cell").Length));
        var irrMap = report.Model.Heatmaps[0];
        string firstCell = $"{irrMap.XAxis} = {irrMap.XValues[0]}, {irrMap.YAxis} = {irrMap.YValues[0]}: irr {MetricUnits.Of("irr").TextWithUnit(irrMap.Cells[0])}";
        Assert.Contains(heatmaps[0].QuerySelectorAll("rect.cell title"), t => t.TextContent == firstCell);

        // The rank-1 set is outlined on every map, at its own wing width and increment.
        var best = report.Model.Results.Rows[0];
        Assert.All(heatmaps, h => Assert.Single(h.QuerySelectorAll("rect.best-cell")));
        var bestCell = heatmaps[0].QuerySelector("rect.best-cell")!;
        var sameCell = heatmaps[0].QuerySelectorAll("rect.cell").Single(c => c.GetAttribute("x") == (double.Parse(bestCell.GetAttribute("x")!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
            && c.GetAttribute("y") == (double.Parse(bestCell.GetAttribute("y")!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        Assert.StartsWith($"{irrMap.XAxis} = {best.AxisValues[0]}, {irrMap.YAxis} = {best.AxisValues[1]}: irr {MetricUnits.Of("irr").Text(best.Metrics[0])}", sameCell.QuerySelector("title")!.TextContent);

        Assert.Equal(SyntheticReport.AxisNames.Length, doc.QuerySelectorAll("#sensitivity svg.bars").Length);
        var points = doc.QuerySelectorAll("#risk-return svg.scatter circle");
        Assert.Equal(report.Model.Scatter.Points.Count, points.Length);
        Assert.Equal(report.Model.Scatter.Points.Count(p => p.OnParetoFront), points.Count(c => c.ClassList.Contains("front")));
        Assert.Single(doc.QuerySelectorAll("#risk-return polyline.front-line"));

        var histogram = doc.QuerySelectorAll("#overfitting svg.bars rect.bar");
        var combinations = report.Model.Overfitting.Pbo!.Combinations.Count;
        double counted = histogram.Sum(bar => double.Parse(bar.QuerySelector("title")!.TextContent.Split(": ")[1].Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.Equal(combinations, counted);
        Assert.Equal(12870, combinations);
    }

    [Fact]
    public void The_overfitting_section_states_dsr_and_pbo_and_a_verdict_in_words()
    {
        var doc = Parse(report.Index);
        var section = doc.QuerySelector("#overfitting")!;
        var o = report.Model.Overfitting;
        var facts = section.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal(o.DeflatedSharpe!.DeflatedSharpeRatio.ToString("F3", CultureInfo.InvariantCulture), facts["DSR = PSR(SR₀)"]);
        Assert.Equal(o.Pbo!.Probability.ToString("F3", CultureInfo.InvariantCulture), facts["PBO"]);
        var verdict = OverfittingVerdict.Of(o);
        Assert.Contains(verdict.Headline, section.QuerySelector(".verdict")!.TextContent);
        Assert.Contains(Figures.Percent(o.Pbo.Probability), section.QuerySelector(".verdict")!.TextContent);
    }

    [Fact]
    public void The_summary_shows_the_sweep_file_text_escaped_and_the_run_facts()
    {
        var doc = Parse(report.Index);
        var s = report.Model.Summary;
        Assert.Equal(s.SweepFileText, doc.QuerySelector("#summary details.source pre")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main script"));
        var facts = doc.QuerySelectorAll("#summary dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("2021-01-04 to 2023-12-31 (calendar dates, inclusive)", facts["period"]);
        Assert.Equal("default — synthetic SPX/VIX market, seed 1 (vixshield data generate)", facts["dataset"]);
        Assert.Equal("$1,000,000", facts["starting capital"]);
        Assert.Contains(doc.QuerySelectorAll("#summary .card"), c => c.TextContent.Contains("31.4 s"));
    }

    [Fact]
    public void The_walk_forward_section_has_one_row_per_window_and_the_stitched_curve()
    {
        var doc = Parse(report.Index);
        var wf = report.Model.WalkForward!;
        Assert.Equal(2, wf.Windows.Count);
        var rows = doc.QuerySelectorAll($"table#{WalkForwardSection.TableId} tbody tr");
        Assert.Equal(wf.Windows.Count, rows.Length);
        Assert.Equal("2022-01-04 – 2023-01-03", rows[0].Children[2].TextContent);
        Assert.Equal(2, doc.QuerySelectorAll("#walk-forward svg.timeseries polyline").Length);
    }

    [Fact]
    public void A_detail_page_compares_hedged_and_hedge_off_and_lists_every_trade_and_layer()
    {
        var detail = report.Model.Details[0];
        var doc = Parse(Path.Combine(report.Folder, detail.PageFileName));
        var metrics = doc.QuerySelectorAll("#hedge tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r);
        Assert.Equal(MetricTable.Names, metrics.Keys);
        var irr = metrics["irr"];
        Assert.Equal((detail.Hedged.Metrics.Irr * 100).ToString("F2", CultureInfo.InvariantCulture), irr.Children[2].TextContent);
        Assert.Equal((detail.HedgeOff.Metrics.Irr * 100).ToString("F2", CultureInfo.InvariantCulture), irr.Children[3].TextContent);

        Assert.Equal(detail.HedgedTrades.Condors.Count, doc.QuerySelectorAll($"table#{TradeTables.CondorTableId} tbody tr").Length);
        Assert.Equal(detail.HedgedTrades.HedgeLayers.Count, doc.QuerySelectorAll($"table#{TradeTables.LayerTableId} tbody tr").Length);
        Assert.Equal(detail.HedgedTrades.HedgeLayers.Count, doc.QuerySelectorAll("#timeline svg rect.layer").Length);
        Assert.Equal(4, doc.QuerySelectorAll("#equity svg.timeseries polyline").Length);

        var years = doc.QuerySelectorAll("#years tbody tr");
        Assert.Equal(detail.Hedged.Years.Length, years.Length);
        Assert.Equal((detail.Hedged.YearlyReturns[0] * 100).ToString("F2", CultureInfo.InvariantCulture), years[0].Children[1].TextContent);
        Assert.Equal("index.html", doc.QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void Pages_load_nothing_from_anywhere()
    {
        foreach (string file in Directory.GetFiles(report.Folder, "*.html"))
        {
            var doc = Parse(file);
            Assert.Empty(doc.QuerySelectorAll("script[src], link[href], img[src], iframe, object, embed"));
            Assert.DoesNotContain("http://", File.ReadAllText(file).Replace("http://www.w3.org/2000/svg", ""));
            Assert.DoesNotContain("https://", File.ReadAllText(file));
        }
    }
}
