using Akka.Actor;
using Microsoft.AspNetCore.Http;

namespace VixShield.Grid.Api;

/// <summary>
/// Answers 503 when the coordinator does not reply in time: during a singleton hand-over the proxy buffers requests
/// until the new coordinator has recovered, and the client should retry rather than hang.
/// </summary>
internal sealed class CoordinatorTimeoutFilter(TimeSpan timeout) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AskTimeoutException)
        {
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return ApiResults.Error(StatusCodes.Status503ServiceUnavailable,
                $"the coordinator did not answer within {timeout.TotalSeconds:0.#} s (it may be moving to another node); try again shortly");
        }
    }
}
