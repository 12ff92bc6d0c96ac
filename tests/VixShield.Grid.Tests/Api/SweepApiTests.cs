using System.Net;
using System.Net.Http.Json;
using System.Text;
using Akka.Actor;
using VixShield.Grid.Api;
using VixShield.Grid.Embedded;
using VixShield.Grid.Results;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests.Api;

/// <summary>The sweep API over HTTP in front of a real coordinator and worker: submission, status, results, cancellation, and every refusal.</summary>
public sealed class SweepApiTests(GridDataset dataset)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>(SweepApiJson.Options, Cancel))!.Error;

    private static async Task<SweepStatusJson> WaitForEndAsync(HttpClient client, string id)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(Bound);
        while (true)
        {
            var status = (await client.GetFromJsonAsync<SweepStatusJson>($"/sweeps/{id}", SweepApiJson.Options, timeout.Token))!;
            if (status.Phase != "running")
                return status;
            await Task.Delay(100, timeout.Token);
        }
    }

    [Fact]
    public async Task A_submitted_sweep_runs_to_the_same_result_files_as_direct_backtests()
    {
        var direct = new SweepResultTable(SweepFile.Load(dataset.SweepPath), await dataset.DirectResultsAsync());
        string expectedFolder = dataset.NewFolder();
        await SweepResultFiles.WriteAsync(expectedFolder, direct, Cancel);
        await using var host = await ApiHost.StartAsync(dataset);

        var created = await host.Client.PostAsync("/sweeps", Yaml(dataset.SweepText), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sweep = (await created.Content.ReadFromJsonAsync<SweepSubmittedJson>(SweepApiJson.Options, Cancel))!;
        // The id is the one `vixshield sweep` gives the same file: the same text over the same dataset folder.
        Assert.Equal(SweepIdentity.Of(SweepFile.Load(dataset.SweepPath)), sweep.Id);
        Assert.Equal($"/sweeps/{sweep.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("grid-test", 8L), (sweep.Name, sweep.TotalSets));
        Assert.Equal(sweep.Id, sweep.Status.Id);

        var again = await host.Client.PostAsync("/sweeps", Yaml(dataset.SweepText), Cancel);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(sweep.Id, (await again.Content.ReadFromJsonAsync<SweepSubmittedJson>(SweepApiJson.Options, Cancel))!.Id);

        var status = await WaitForEndAsync(host.Client, sweep.Id);
        Assert.Equal(("completed", 8L, 1.0, (string?)null), (status.Phase, status.SetsDone, status.Progress, status.Error));
        Assert.NotNull(status.FinishedAtUtc);
        Assert.Equal(DateTimeKind.Utc, status.AcceptedAtUtc!.Value.Kind);

        var csv = await host.Client.GetAsync($"/sweeps/{sweep.Id}/results", Cancel);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(expectedFolder, SweepResultFiles.CsvName), Cancel), await csv.Content.ReadAsByteArrayAsync(Cancel));

        var parquet = await host.Client.GetAsync($"/sweeps/{sweep.Id}/results?format=parquet", Cancel);
        Assert.Equal(HttpStatusCode.OK, parquet.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", parquet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(expectedFolder, SweepResultFiles.ParquetName), Cancel), await parquet.Content.ReadAsByteArrayAsync(Cancel));

        var xml = await host.Client.GetAsync($"/sweeps/{sweep.Id}/results?format=xml", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, xml.StatusCode);
        Assert.Equal("format: 'xml' is not csv or parquet", await ErrorOf(xml));

        var list = (await host.Client.GetFromJsonAsync<SweepStatusJson[]>("/sweeps", SweepApiJson.Options, Cancel))!;
        Assert.Equal(sweep.Id, Assert.Single(list).Id);
    }

    [Fact]
    public async Task An_unknown_sweep_is_404_everywhere()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false);
        foreach (var request in new[]
        {
            new HttpRequestMessage(HttpMethod.Get, "/sweeps/nope-0123"),
            new HttpRequestMessage(HttpMethod.Get, "/sweeps/nope-0123/results"),
            new HttpRequestMessage(HttpMethod.Delete, "/sweeps/nope-0123"),
        })
        {
            var response = await host.Client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("nope-0123", await ErrorOf(response));
        }
    }

    [Fact]
    public async Task A_bad_submission_is_400_with_one_line_saying_what_is_wrong()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false);

        async Task<string> Refused(HttpContent content)
        {
            var response = await host.Client.PostAsync("/sweeps", content, Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            string error = await ErrorOf(response);
            Assert.DoesNotContain('\n', error);
            return error;
        }

        Assert.Equal("<submitted>.yaml line 5: gird: unknown key; did you mean grid?",
            await Refused(Yaml(dataset.SweepText.Replace("grid:", "gird:"))));
        Assert.Contains("empty", await Refused(Yaml("")));
        Assert.Contains("empty", await Refused(Yaml("  \n")));
        Assert.Contains("limit of 1,048,576 bytes", await Refused(Yaml("# " + new string('x', (int)SweepApiOptions.DefaultMaxRequestBytes))));
        Assert.Contains("200,000,000 parameter sets is more than this grid's limit of 100,000,000", await Refused(Yaml(dataset.SweepText + "\nsamples: 200000000\n")));
        string nowhere = Path.Combine(dataset.Root, "nowhere");
        Assert.Contains($"dataset folder {nowhere} not found", await Refused(Yaml(dataset.SweepText.Replace("data: data", "data: nowhere"))));
        Assert.Contains("not UTF-8", await Refused(new ByteArrayContent([0x6e, 0x61, 0xff, 0xfe, 0x3a])));
        Assert.Empty((await host.Client.GetFromJsonAsync<SweepStatusJson[]>("/sweeps", SweepApiJson.Options, Cancel))!);
    }

    [Fact]
    public async Task A_body_that_hides_its_length_is_still_cut_at_the_limit()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false);
        // Chunked: no Content-Length to trust, the server has to count.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("# " + new string('x', 2 * (int)SweepApiOptions.DefaultMaxRequestBytes))));
        var request = new HttpRequestMessage(HttpMethod.Post, "/sweeps") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit of 1,048,576 bytes", await ErrorOf(response));
    }

    [Fact]
    public async Task A_grid_over_the_configured_limit_is_refused()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false, maxParameterSets: 4);
        var response = await host.Client.PostAsync("/sweeps", Yaml(dataset.SweepText), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("8 parameter sets is more than this grid's limit of 4", await ErrorOf(response));
    }

    [Fact]
    public async Task Deleting_a_running_sweep_cancels_it()
    {
        // No worker: the sweep stays running until cancelled.
        await using var host = await ApiHost.StartAsync(dataset, worker: false);
        var sweep = (await (await host.Client.PostAsync("/sweeps", Yaml(dataset.SweepText), Cancel)).Content
            .ReadFromJsonAsync<SweepSubmittedJson>(SweepApiJson.Options, Cancel))!;
        Assert.Equal("running", sweep.Status.Phase);

        var deleted = await host.Client.DeleteAsync($"/sweeps/{sweep.Id}", Cancel);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var status = (await deleted.Content.ReadFromJsonAsync<SweepStatusJson>(SweepApiJson.Options, Cancel))!;
        Assert.Equal("cancelled", status.Phase);
        Assert.NotNull(status.FinishedAtUtc);
        Assert.Equal("cancelled", (await host.Client.GetFromJsonAsync<SweepStatusJson>($"/sweeps/{sweep.Id}", SweepApiJson.Options, Cancel))!.Phase);
        // The results so far: none, so the header alone.
        string csv = await host.Client.GetStringAsync($"/sweeps/{sweep.Id}/results", Cancel);
        Assert.StartsWith("set_index,entry.dte_min,entry.dte_max,entry.every_days,irr,", csv);
        Assert.Single(csv.TrimEnd('\n').Split('\n'));
        // A second cancel leaves the ended sweep as it is.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.DeleteAsync($"/sweeps/{sweep.Id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_that_does_not_answer_is_503()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false, askTimeout: TimeSpan.FromMilliseconds(300));
        // A stopped coordinator stands for one mid hand-over: asks go unanswered.
        await host.Coordinator.GracefulStop(TimeSpan.FromSeconds(10));

        var response = await host.Client.GetAsync("/sweeps", Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("did not answer within 0.3 s", await ErrorOf(response));
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task With_a_token_every_call_needs_it()
    {
        await using var host = await ApiHost.StartAsync(dataset, worker: false, token: "s3cret-token");

        var missing = await host.Client.GetAsync("/sweeps", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("unauthorized", await ErrorOf(missing));

        async Task<HttpResponseMessage> With(string token, HttpMethod method, string path, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = content };
            request.Headers.Authorization = new("Bearer", token);
            return await host.Client.SendAsync(request, Cancel);
        }

        var wrong = await With("s3cret-tokeN", HttpMethod.Get, "/sweeps");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Bearer", wrong.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("wrong", await ErrorOf(wrong));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync("/sweeps", Yaml(dataset.SweepText), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/sweeps/x/results", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await With("s3cret-token", HttpMethod.Get, "/sweeps")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await With("s3cret-token", HttpMethod.Post, "/sweeps", Yaml(dataset.SweepText))).StatusCode);
    }
}
