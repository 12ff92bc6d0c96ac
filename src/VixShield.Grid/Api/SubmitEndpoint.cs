using System.Globalization;
using Akka.Actor;
using Microsoft.AspNetCore.Http;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Embedded;
using VixShield.Sweeps;

namespace VixShield.Grid.Api;

/// <summary>
/// <c>POST /sweeps</c>: checks a sweep file here (syntax, keys, ranges, dataset folder, grid size) so that mistakes come
/// back as one line, then submits it under its content id: the same file twice is the same sweep (200, not 201).
/// </summary>
internal static class SubmitEndpoint
{
    /// <summary>The name submitted files are read as: errors say "&lt;submitted&gt;.yaml line 3: ...", and it anchors a relative <c>data:</c>.</summary>
    public const string SubmittedFileName = "<submitted>.yaml";

    public static async Task<IResult> HandleAsync(HttpContext http, SweepApiOptions options, CancellationToken cancel)
    {
        var (text, problem) = await SubmittedText.ReadAsync(http.Request, options.MaxRequestBytes, cancel);
        if (text is null)
            return ApiResults.BadRequest(problem!);

        SweepDefinition sweep;
        try
        {
            sweep = SweepFile.Parse(text, Path.Combine(options.SweepFolder, SubmittedFileName));
        }
        catch (SweepException e)
        {
            return ApiResults.BadRequest(e.Message);
        }

        string id = SweepIdentity.Of(sweep);
        var before = await options.Coordinator.Ask<SweepStatus>(new GetSweepStatus(id), options.AskTimeout, cancel);
        bool isNew = before.Phase == SweepPhase.Unknown;
        if (isNew && Refusal(sweep, options) is { } refusal)
            return ApiResults.BadRequest(refusal);

        // Sent for a known sweep too: a resubmission resumes it (units held by workers of a lost coordinator go back to the queue now).
        var reply = await options.Coordinator.Ask<IGridMessage>(new SubmitSweep(id, sweep.SourcePath, text, UnitSize: 0), options.AskTimeout, cancel);
        if (reply is SweepRejected rejected)
            return ApiResults.BadRequest(rejected.Reason);
        if (reply is not SweepSubmitted submitted)
            throw new InvalidOperationException($"the coordinator answered a submission with {reply.GetType().Name}");

        var status = await options.Coordinator.Ask<SweepStatus>(new GetSweepStatus(id), options.AskTimeout, cancel);
        var body = new SweepSubmittedJson(id, sweep.Name, submitted.TotalSets, submitted.Units, SweepStatusJson.From(status));
        if (!isNew)
            return ApiResults.Json(body);
        http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(id)}";
        return ApiResults.Json(body, StatusCodes.Status201Created);
    }

    /// <summary>Why this node will not take a new sweep that parsed: its grid is over the limit, or its data is not here.</summary>
    private static string? Refusal(SweepDefinition sweep, SweepApiOptions options)
    {
        if (sweep.Grid.Count > options.MaxParameterSets)
        {
            string sets = sweep.Grid.Count.ToString("N0", CultureInfo.InvariantCulture), limit = options.MaxParameterSets.ToString("N0", CultureInfo.InvariantCulture);
            return $"{SubmittedFileName}: grid: {sets} parameter sets is more than this grid's limit of {limit}; narrow the axes or sample them (samples: N)";
        }

        return Directory.Exists(sweep.DataPath)
            ? null
            : $"{SubmittedFileName}: data: dataset folder {sweep.DataPath} not found on this node (relative paths start at {options.SweepFolder})";
    }
}
