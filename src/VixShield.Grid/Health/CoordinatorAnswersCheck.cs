using Akka.Actor;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Health;

/// <summary>
/// Ready when the coordinator singleton answers through this node's proxy within a bound: it has recovered from its
/// journal, so the HTTP API works. A dead database keeps it restarting under backoff, and this check says so instead of
/// hanging the probe.
/// </summary>
public sealed class CoordinatorAnswersCheck(IActorRef coordinator, TimeSpan timeout) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var list = await coordinator.Ask<SweepList>(ListSweeps.Instance, timeout, cancellationToken);
            return HealthCheckResult.Healthy($"{list.Sweeps.Count} sweep(s) known");
        }
        catch (Exception e) when (e is AskTimeoutException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the coordinator did not answer within {timeout.TotalSeconds:0.#} s");
        }
    }
}
