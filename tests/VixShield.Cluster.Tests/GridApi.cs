using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace VixShield.Cluster.Tests;

/// <summary>The coordinator's HTTP API as a test drives it: submit, poll, fetch results.</summary>
internal sealed class GridApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Posts the sweep file and returns its id.</summary>
    public async Task<string> SubmitAsync(string yaml)
    {
        using var response = await _client.PostAsync("/sweeps", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /sweeps: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> StatusAsync(string id)
    {
        using var response = await _client.GetAsync($"/sweeps/{id}");
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET /sweeps/{id}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Polls until <paramref name="until"/> holds; a coordinator that is away (restarting, handing over) is polled again.</summary>
    public async Task<JsonElement> WaitAsync(string id, Func<JsonElement, bool> until, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        string last = "no answer";
        while (clock.Elapsed < bound)
        {
            try
            {
                var status = await StatusAsync(id);
                last = status.ToString();
                if (until(status))
                    return status;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"sweep {id}: condition not met within {bound.TotalSeconds} s; last status: {last}");
    }

    public async Task<string> ResultsCsvAsync(string id)
    {
        using var response = await _client.GetAsync($"/sweeps/{id}/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string Phase(JsonElement status) => status.GetProperty("phase").GetString()!;

    public static long SetsDone(JsonElement status) => status.GetProperty("setsDone").GetInt64();

    public static long TotalSets(JsonElement status) => status.GetProperty("totalSets").GetInt64();

    public void Dispose() => _client.Dispose();
}
