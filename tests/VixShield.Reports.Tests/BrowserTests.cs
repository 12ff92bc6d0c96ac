using System.Globalization;
using Microsoft.Playwright;
using VixShield.Reports.Html;

namespace VixShield.Reports.Tests;

/// <summary>The report in a real headless chromium, opened from disk: no errors, charts drawn, sorting, filtering and links work; screenshots land in artifacts/screenshots.</summary>
public sealed class BrowserTests(SmallReport report, Browser browser) : IClassFixture<Browser>
{
    private const float Wait = 15_000;

    private static readonly string Screenshots = TestPaths.Artifacts("screenshots");

    [Fact]
    public async Task The_index_opens_from_disk_with_no_errors_and_every_chart_drawn()
    {
        await using var page = await OpenAsync(report.Index);
        Assert.Equal(3, await page.Page.Locator("#heatmaps svg.heatmap").CountAsync());
        Assert.Equal(4, await page.Page.Locator("#sensitivity svg.bars").CountAsync());
        Assert.Equal(1, await page.Page.Locator("#risk-return svg.scatter").CountAsync());
        // Drawn means laid out with a real size, not just present in the markup.
        var box = await page.Page.Locator("#risk-return svg.scatter").BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 250 }, $"scatter box {box?.Width}×{box?.Height}");
        Directory.CreateDirectory(Screenshots);
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "index.png"), FullPage = true, Timeout = Wait });
        // One picture per section as well: a full page is too tall to read at a glance.
        foreach (string section in new[] { "summary", "results", "heatmaps", "sensitivity", "risk-return", "overfitting", "walk-forward" })
            await page.Page.Locator("#" + section).ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"index-{section}.png"), Timeout = Wait });
        page.AssertClean();
    }

    [Fact]
    public async Task Clicking_a_column_header_sorts_the_table_by_that_column_both_ways()
    {
        await using var page = await OpenAsync(report.Index);
        var header = page.Page.Locator($"table#{ResultsSection.TableId} thead tr:first-child th", new() { HasText = "max_drawdown" });
        await header.ClickAsync(new() { Timeout = Wait });
        var descending = await ColumnAsync(page.Page, "max_drawdown");
        Assert.Equal(report.Model.Results.Rows.Count, descending.Length);
        var defined = descending.Where(double.IsFinite).ToArray();
        Assert.Equal(defined.OrderDescending(), defined);
        Assert.Equal(defined, descending.Take(defined.Length));
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));

        await header.ClickAsync(new() { Timeout = Wait });
        var ascending = await ColumnAsync(page.Page, "max_drawdown");
        Assert.Equal(defined.Order(), ascending.Where(double.IsFinite));
        // Undefined values (failed sets) stay last whichever way the column sorts.
        Assert.All(ascending.Skip(defined.Length), v => Assert.True(double.IsNaN(v)));
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        page.AssertClean();
    }

    [Fact]
    public async Task Typing_a_bound_in_a_column_filter_keeps_only_the_rows_that_meet_it()
    {
        await using var page = await OpenAsync(report.Index);
        var irr = await ColumnAsync(page.Page, "irr");
        double median = irr.Where(double.IsFinite).Order().ElementAt(irr.Count(double.IsFinite) / 2);
        string bound = Math.Round(median, 2).ToString(CultureInfo.InvariantCulture);
        await page.Page.Locator($"table#{ResultsSection.TableId} input.col-filter[aria-label='filter irr']").FillAsync(">" + bound, new() { Timeout = Wait });
        var shown = await ColumnAsync(page.Page, "irr", visibleOnly: true);
        Assert.Equal(irr.Count(v => v > Math.Round(median, 2)), shown.Length);
        Assert.All(shown, v => Assert.True(v > Math.Round(median, 2)));
        Assert.Equal($"{shown.Length} of {irr.Length} rows shown", await page.Page.Locator($"[data-count-for='{ResultsSection.TableId}']").TextContentAsync());

        await page.Page.Locator($"input.filter[data-table='{ResultsSection.TableId}']").FillAsync("rsi_low 35", new() { Timeout = Wait });
        Assert.Empty(await ColumnAsync(page.Page, "irr", visibleOnly: true));
        page.AssertClean();
    }

    [Fact]
    public async Task A_detail_page_opens_from_the_table_and_draws_its_charts()
    {
        await using var page = await OpenAsync(report.Index);
        var first = report.Model.Details[0];
        await page.Page.Locator($"table#{ResultsSection.TableId} tbody tr:first-child td:nth-child(2) a").ClickAsync(new() { Timeout = Wait });
        await page.Page.WaitForURLAsync("**/" + first.PageFileName, new() { Timeout = Wait });
        Assert.StartsWith($"set {first.SetIndex} (rank 1)", await page.Page.TitleAsync());
        Assert.Equal(first.HedgedTrades.HedgeLayers.Count, await page.Page.Locator("#timeline svg rect.layer").CountAsync());
        Assert.Equal(first.HedgedTrades.Condors.Count, await page.Page.Locator($"table#{TradeTables.CondorTableId} tbody tr").CountAsync());
        Assert.Equal(2, await page.Page.Locator("#equity svg.timeseries").CountAsync());
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "detail.png"), FullPage = true, Timeout = Wait });
        foreach (string section in new[] { "hedge", "equity", "years", "timeline", "trades" })
            await page.Page.Locator("#" + section).ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"detail-{section}.png"), Timeout = Wait });
        page.AssertClean();
    }

    [Fact]
    public async Task The_print_layout_hides_the_filters()
    {
        await using var page = await OpenAsync(report.Index);
        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Page.Locator(".filter-bar").First.IsVisibleAsync());
        Assert.True(await page.Page.Locator("#overfitting .verdict").IsVisibleAsync());
        // The sweep file's collapsed text opens for print, so the paper copy says what was swept.
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.True(await page.Page.Locator("#summary details.source pre").IsVisibleAsync());
        byte[] pdf = await page.Page.PdfAsync(new() { Path = Path.Combine(Screenshots, "index.pdf"), PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(pdf.Length > 10_000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), $"a {pdf.Length}-byte PDF");
        page.AssertClean();
    }

    /// <summary>The column's sort values (display units) top to bottom; NaN for undefined.</summary>
    private static async Task<double[]> ColumnAsync(IPage page, string header, bool visibleOnly = false)
    {
        var values = await page.EvaluateAsync<string[]>(
            @"([id, name, visibleOnly]) => {
                const table = document.getElementById(id);
                const heads = Array.from(table.tHead.rows[0].cells);
                const col = heads.findIndex(th => th.querySelector('button').firstChild.textContent === name);
                return Array.from(table.tBodies[0].rows).filter(r => !visibleOnly || !r.hidden).map(r => r.cells[col].getAttribute('data-v'));
            }",
            new object[] { ResultsSection.TableId, header, visibleOnly });
        return values.Select(v => string.IsNullOrEmpty(v) ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
    }

    private async Task<WatchedPage> OpenAsync(string file)
    {
        var context = await browser.Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page);
        await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = Wait });
        return watched;
    }

    /// <summary>A page whose console errors, script errors and failed requests are collected for <see cref="AssertClean"/>.</summary>
    private sealed class WatchedPage : IAsyncDisposable
    {
        private readonly IBrowserContext _context;
        private readonly List<string> _problems = [];

        public WatchedPage(IBrowserContext context, IPage page)
        {
            _context = context;
            Page = page;
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                    _problems.Add($"console {message.Type}: {message.Text}");
            };
            page.PageError += (_, error) => _problems.Add("script error: " + error);
            page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Url} {request.Failure}");
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file://", StringComparison.Ordinal))
                    _problems.Add("request off disk: " + request.Url);
            };
        }

        public IPage Page { get; }

        public void AssertClean() => Assert.True(_problems.Count == 0, string.Join("\n", _problems));

        public async ValueTask DisposeAsync() => await _context.DisposeAsync();
    }
}
