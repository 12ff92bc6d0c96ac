using Microsoft.AspNetCore.Http;

namespace VixShield.Grid.Api;

/// <summary>
/// Lets a minimal-API endpoint (or a group of them) answer only requests that carry the API token; others get 401.
/// Endpoint filters run only for route handlers: to guard other endpoints too, use
/// <see cref="BearerTokenExtensions.UseBearerToken"/>.
/// </summary>
public sealed class BearerTokenFilter(string token) : IEndpointFilter
{
    private readonly BearerTokenCheck _check = new(token);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        _check.Admits(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(_check.Reject(context.HttpContext));
}
