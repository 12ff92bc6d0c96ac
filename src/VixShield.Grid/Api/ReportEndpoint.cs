using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Akka.Actor;
using Microsoft.AspNetCore.Http;
using VixShield.Core.Strategy;
using VixShield.Data.Format;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Reporting;
using VixShield.Grid.Results;
using VixShield.Sweeps;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace VixShield.Grid.Api;

/// <summary>
/// <c>GET /sweeps/{id}/report/</c> and <c>/sweeps/{id}/report/{page}</c>: a completed sweep's HTML report, built on the
/// first request from the journal's results into <see cref="SweepApiOptions.ReportFolder"/> and served from there after.
/// 404 for an unknown sweep or page, 409 while the sweep runs or when it did not complete, 500 with the reason when this
/// node cannot build it (no copy of the dataset).
/// </summary>
internal sealed partial class ReportEndpoint(SweepApiOptions options)
{
    public const string IndexPage = SweepReportFiles.IndexPage;

    // One build per sweep at a time: a second request waits for the first one's folder instead of racing it.
    private readonly ConcurrentDictionary<string, Lazy<Task>> _builds = new(StringComparer.Ordinal);

    public async Task<IResult> HandleAsync(string id, string page, CancellationToken cancel)
    {
        if (!PageName().IsMatch(page))
            return ApiResults.Error(StatusCodes.Status404NotFound, $"no page {page} in a report");
        var status = await options.Coordinator.Ask<SweepStatus>(new GetSweepStatus(id), options.AskTimeout, cancel);
        if (status.Phase == SweepPhase.Unknown)
            return ApiResults.UnknownSweep(id);
        if (status.Phase != SweepPhase.Completed)
        {
            string why = status.Phase == SweepPhase.Running
                ? $"sweep {id} is still running ({status.SetsDone:N0}/{status.TotalSets:N0} sets); its report is built once it has completed"
                : $"sweep {id} {SweepStatusJson.PhaseName(status.Phase)}; only a completed sweep has a report";
            return ApiResults.Error(StatusCodes.Status409Conflict, why);
        }

        string folder = Path.Combine(options.ReportFolder, id, SweepReportFiles.FolderName);
        if (!File.Exists(Path.Combine(folder, IndexPage)))
        {
            var build = _builds.GetOrAdd(id, _ => new Lazy<Task>(() => BuildAsync(id, status, folder)));
            try
            {
                await build.Value.WaitAsync(cancel);
            }
            catch (Exception e) when (e is DatasetException or ParameterException or SweepException or ResultsFileException)
            {
                // The node cannot build it (its copy of the dataset is missing or differs): a clear line, not a bare 500.
                return ApiResults.Error(StatusCodes.Status500InternalServerError, $"the report of sweep {id} cannot be built on this node: {e.Message}");
            }
            finally
            {
                if (build.Value.IsCompleted)
                    _builds.TryRemove(new KeyValuePair<string, Lazy<Task>>(id, build));
            }
        }

        string file = Path.Combine(folder, page);
        return File.Exists(file)
            ? HttpResults.File(file, "text/html; charset=utf-8")
            : ApiResults.Error(StatusCodes.Status404NotFound, $"no page {page} in the report of sweep {id}");
    }

    /// <summary>Not tied to one request: a client that leaves does not cancel a build others may be waiting for.</summary>
    private async Task BuildAsync(string id, SweepStatus status, string folder)
    {
        var source = await options.Coordinator.Ask<SweepSource>(new GetSweepSource(id), options.AskTimeout);
        var sweep = SweepFile.Parse(source.SourceText, source.SourcePath);
        var results = await SweepResultsQuery.ReadAsync(options.System, id);
        var market = await options.Tapes.GetAsync(sweep.DataPath);
        // The grid knows when the sweep ran but not on how many nodes and cores: those stay unknown.
        var run = new SweepRunRecord(id, sweep.Name, sweep.SourcePath, status.AcceptedAtUtc ?? default, status.FinishedAtUtc ?? default, Nodes: null, Cores: null);
        await SweepReportFiles.WriteAsync(sweep, results, run, market, folder);
    }

    [GeneratedRegex("^[a-z0-9-]+\\.html$")]
    private static partial Regex PageName();
}
