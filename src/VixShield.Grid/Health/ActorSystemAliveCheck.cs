using Akka.Actor;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VixShield.Grid.Health;

/// <summary>Live while the actor system runs: a node whose system has terminated (downed, shut down) should be restarted.</summary>
public sealed class ActorSystemAliveCheck(ActorSystem system) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(system.WhenTerminated.IsCompleted
            ? HealthCheckResult.Unhealthy("the actor system has terminated")
            : HealthCheckResult.Healthy());
}
