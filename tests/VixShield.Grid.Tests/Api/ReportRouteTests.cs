using System.Net;
using System.Net.Http.Json;
using System.Text;
using VixShield.Grid.Api;
using VixShield.Sweeps;
using VixShield.Sweeps.Ranking;

namespace VixShield.Grid.Tests.Api;

/// <summary><c>GET /sweeps/{id}/report/</c> over HTTP: built once a sweep has completed, its detail pages beside it, and every refusal.</summary>
public sealed class ReportRouteTests(GridDataset dataset)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    private static async Task<string> SubmitAsync(HttpClient client, string text)
    {
        var created = await client.PostAsync("/sweeps", Yaml(text), Cancel);
        return (await created.Content.ReadFromJsonAsync<SweepSubmittedJson>(SweepApiJson.Options, Cancel))!.Id;
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>(SweepApiJson.Options, Cancel))!.Error;

    [Fact]
    public async Task A_completed_sweeps_report_and_its_detail_pages_are_served_and_kept()
    {
        await using var host = await ApiHost.StartAsync(dataset);
        string id = await SubmitAsync(host.Client, dataset.SweepText);
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            while ((await host.Client.GetFromJsonAsync<SweepStatusJson>($"/sweeps/{id}", SweepApiJson.Options, timeout.Token))!.Phase == "running")
                await Task.Delay(100, timeout.Token);
        }

        var index = await host.Client.GetAsync($"/sweeps/{id}/report/", Cancel);
        string html = await index.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!doctype html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(id, html);
        // The rank-1 set of the direct backtests has a detail page under the same route.
        var direct = await dataset.DirectResultsAsync();
        var sweep = SweepFile.Load(dataset.SweepPath);
        long best = Leaderboard.Rank(direct.Where(r => r.Metrics is not null).Select(r => (r.Index, r.Metrics!)), sweep.RankBy, sweep.Constraints)[0].Index;
        string page = $"set-{best:D6}.html";
        Assert.Contains($"href=\"{page}\"", html);
        var detail = await host.Client.GetAsync($"/sweeps/{id}/report/{page}", Cancel);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.True(File.Exists(Path.Combine(dataset.Root, "reports", id, "report", "index.html")));
        Assert.Equal(html, await host.Client.GetStringAsync($"/sweeps/{id}/report/index.html", Cancel));

        // Without the trailing slash the relative links would miss: it redirects to the folder form.
        var bare = await host.Client.GetAsync($"/sweeps/{id}/report", Cancel);
        Assert.Equal((HttpStatusCode.OK, $"/sweeps/{id}/report/"), (bare.StatusCode, bare.RequestMessage!.RequestUri!.AbsolutePath));

        var missingPage = await host.Client.GetAsync($"/sweeps/{id}/report/set-999999.html", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Equal($"no page set-999999.html in the report of sweep {id}", await ErrorOf(missingPage));
        var notAPage = await host.Client.GetAsync($"/sweeps/{id}/report/journal.db", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notAPage.StatusCode);
        var unknown = await host.Client.GetAsync("/sweeps/nope-0000/report/", Cancel);
        Assert.Equal((HttpStatusCode.NotFound, "no sweep nope-0000 on this grid"), (unknown.StatusCode, await ErrorOf(unknown)));
    }

    [Fact]
    public async Task A_node_without_the_dataset_says_so_in_one_line()
    {
        // A copy of the data that is gone by the time the report is asked for.
        string copy = Path.Combine(dataset.NewFolder(), "data");
        foreach (string file in Directory.GetFiles(dataset.DataPath, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(copy, Path.GetRelativePath(dataset.DataPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await using var host = await ApiHost.StartAsync(dataset);
        string id = await SubmitAsync(host.Client, dataset.SweepText.Replace("grid-test", "grid-gone").Replace("data: data", $"data: {copy}"));
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            while ((await host.Client.GetFromJsonAsync<SweepStatusJson>($"/sweeps/{id}", SweepApiJson.Options, timeout.Token))!.Phase == "running")
                await Task.Delay(100, timeout.Token);
        }

        Directory.Delete(copy, recursive: true);
        var response = await host.Client.GetAsync($"/sweeps/{id}/report/", Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith($"the report of sweep {id} cannot be built on this node: ", await ErrorOf(response));
        Assert.Contains(copy, await ErrorOf(await host.Client.GetAsync($"/sweeps/{id}/report/", Cancel)));
    }

    [Fact]
    public async Task A_running_sweep_has_no_report_yet_409()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false);
        string id = await SubmitAsync(host.Client, dataset.SweepText.Replace("grid-test", "grid-running"));

        var response = await host.Client.GetAsync($"/sweeps/{id}/report/", Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"sweep {id} is still running (0/8 sets); its report is built once it has completed", await ErrorOf(response));
        Assert.False(Directory.Exists(Path.Combine(dataset.Root, "reports", id)));
    }
}
