using Akka.Actor;
using Microsoft.AspNetCore.Http;
using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Api;

/// <summary><c>GET /sweeps</c>, <c>GET /sweeps/{id}</c> and <c>DELETE /sweeps/{id}</c>: where sweeps stand, and cancelling one.</summary>
internal static class StatusEndpoints
{
    public static async Task<IResult> ListAsync(SweepApiOptions options, CancellationToken cancel)
    {
        var list = await options.Coordinator.Ask<SweepList>(ListSweeps.Instance, options.AskTimeout, cancel);
        return ApiResults.Json(list.Sweeps.Select(SweepStatusJson.From).ToArray());
    }

    public static async Task<IResult> OneAsync(string id, SweepApiOptions options, CancellationToken cancel) =>
        Answer(await options.Coordinator.Ask<SweepStatus>(new GetSweepStatus(id), options.AskTimeout, cancel));

    /// <summary>Cancels a running sweep; a finished one is left as it ended. Either way the answer is its status now.</summary>
    public static async Task<IResult> CancelAsync(string id, SweepApiOptions options, CancellationToken cancel) =>
        Answer(await options.Coordinator.Ask<SweepStatus>(new CancelSweep(id), options.AskTimeout, cancel));

    private static IResult Answer(SweepStatus status) =>
        status.Phase == SweepPhase.Unknown ? ApiResults.UnknownSweep(status.SweepId) : ApiResults.Json(SweepStatusJson.From(status));
}
