using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using VixShield.Grid.Api;

namespace VixShield.Cli.Remote;

/// <summary>
/// The CLI's client of a coordinator's HTTP API (<c>src/VixShield.Grid/Api</c>), with the server's own JSON shapes.
/// Every failure, from "connection refused" to the server's 400, comes out as a <see cref="GridApiException"/> line.
/// </summary>
internal sealed class GridApiClient : IDisposable
{
    /// <summary>Calls answer in well under this; the server itself gives up on the coordinator after 10 s.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A results download of a large sweep may take a while on a slow link.</summary>
    private static readonly TimeSpan DownloadTimeout = TimeSpan.FromMinutes(30);

    private readonly HttpClient _http;

    public GridApiClient(Uri grid, string? token)
    {
        Grid = grid;
        // Relative paths below resolve under the base only when it ends in '/', so a grid behind a path prefix works too.
        var baseAddress = grid.AbsoluteUri.EndsWith('/') ? grid : new Uri(grid.AbsoluteUri + "/");
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        if (token is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Uri Grid { get; }

    /// <summary>Submits a sweep file as it is on disk; <c>AlreadyKnown</c> when the grid had it already (200 rather than 201).</summary>
    public async Task<(SweepSubmittedJson Sweep, bool AlreadyKnown)> SubmitAsync(byte[] sweepFile, CancellationToken cancel)
    {
        var content = new ByteArrayContent(sweepFile);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        var (response, timeout) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "sweeps") { Content = content }, CallTimeout, cancel);
        using (response)
        using (timeout)
            return (await ReadAsync<SweepSubmittedJson>(response, timeout.Token, cancel), response.StatusCode == HttpStatusCode.OK);
    }

    public Task<SweepStatusJson> StatusAsync(string sweepId, CancellationToken cancel) =>
        GetAsync<SweepStatusJson>($"sweeps/{Uri.EscapeDataString(sweepId)}", cancel);

    public Task<SweepStatusJson[]> ListAsync(CancellationToken cancel) => GetAsync<SweepStatusJson[]>("sweeps", cancel);

    /// <summary>Writes a sweep's results (<c>csv</c> or <c>parquet</c>) to <paramref name="path"/>, under a temporary name renamed into place.</summary>
    public async Task DownloadResultsAsync(string sweepId, string format, string path, CancellationToken cancel)
    {
        var (response, timeout) = await SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"sweeps/{Uri.EscapeDataString(sweepId)}/results?format={format}"), DownloadTimeout, cancel);
        using (response)
        using (timeout)
        {
            string temporary = $"{path}.tmp-{Environment.ProcessId}";
            try
            {
                await using (var file = File.Create(temporary))
                    await Guarded(() => response.Content.CopyToAsync(file, timeout.Token), timeout.Token, cancel);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                    File.Delete(temporary);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> GetAsync<T>(string path, CancellationToken cancel)
    {
        var (response, timeout) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), CallTimeout, cancel);
        using (response)
        using (timeout)
            return await ReadAsync<T>(response, timeout.Token, cancel);
    }

    /// <summary>Sends a request; an error answer, no answer in time or no connection becomes a <see cref="GridApiException"/>. The caller disposes both results.</summary>
    private async Task<(HttpResponseMessage Response, CancellationTokenSource Timeout)> SendAsync(
        HttpRequestMessage request, TimeSpan limit, CancellationToken cancel)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(limit);
        try
        {
            using (request)
            {
                var response = await Guarded(() => _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token), timeout.Token, cancel);
                if (response.IsSuccessStatusCode)
                    return (response, timeout);
                using (response)
                    throw new GridApiException(await ErrorOf(response, timeout.Token), response.StatusCode);
            }
        }
        catch
        {
            timeout.Dispose();
            throw;
        }
    }

    /// <summary>Turns what can go wrong on the wire into one line; the user's own Ctrl-C stays an <see cref="OperationCanceledException"/>.</summary>
    private async Task<T> Guarded<T>(Func<Task<T>> call, CancellationToken timeout, CancellationToken cancel)
    {
        try
        {
            return await call();
        }
        catch (HttpRequestException e)
        {
            throw new GridApiException($"cannot reach the grid at {Grid}: {OneLine(e.InnerException?.Message ?? e.Message)}");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            throw new GridApiException($"the grid at {Grid} did not answer in time");
        }
        catch (IOException e)
        {
            throw new GridApiException($"the connection to the grid at {Grid} broke: {OneLine(e.Message)}");
        }
    }

    private Task Guarded(Func<Task> call, CancellationToken timeout, CancellationToken cancel) =>
        Guarded(async () =>
        {
            await call();
            return true;
        }, timeout, cancel);

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken timeout, CancellationToken cancel)
    {
        try
        {
            return await Guarded(() => response.Content.ReadFromJsonAsync<T>(SweepApiJson.Options, timeout), timeout, cancel)
                ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            throw new GridApiException($"{Grid} did not answer like a VixShield grid (expected JSON from {response.RequestMessage?.RequestUri?.AbsolutePath})");
        }
    }

    /// <summary>The server's one-line error; for 401 it says "unauthorized" even if an intermediary answered instead of the grid.</summary>
    private static async Task<string> ErrorOf(HttpResponseMessage response, CancellationToken timeout)
    {
        string? error = null;
        try
        {
            if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
                error = (await response.Content.ReadFromJsonAsync<ApiError>(SweepApiJson.Options, timeout))?.Error;
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or IOException)
        {
        }

        error = string.IsNullOrWhiteSpace(error) ? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" : OneLine(error);
        return response.StatusCode == HttpStatusCode.Unauthorized && !error.Contains("unauthorized", StringComparison.OrdinalIgnoreCase)
            ? $"unauthorized (HTTP 401): {error}"
            : error;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
