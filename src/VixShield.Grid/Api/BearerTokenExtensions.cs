using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VixShield.Grid.Api;

/// <summary>
/// Puts the API token on endpoints: <see cref="RequireBearerToken{TBuilder}"/> on route handlers (what
/// <see cref="SweepApi.MapSweepApi"/> does), or <see cref="UseBearerToken"/> on every endpoint of the application, with
/// <see cref="AllowWithoutToken{TBuilder}"/> exempting the health probes, which the kubelet calls without credentials.
/// </summary>
public static class BearerTokenExtensions
{
    /// <summary>Route handlers of <paramref name="builder"/> answer 401 without <c>Authorization: Bearer <paramref name="token"/></c>.</summary>
    public static TBuilder RequireBearerToken<TBuilder>(this TBuilder builder, string token)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new BearerTokenFilter(token));

    /// <summary>
    /// Every request needs the token except those routed to an endpoint marked <see cref="AllowWithoutToken{TBuilder}"/>.
    /// Must come after routing, so that the endpoint is known (a <c>WebApplication</c> routes first unless <c>UseRouting</c> is called later).
    /// </summary>
    public static IApplicationBuilder UseBearerToken(this IApplicationBuilder app, string token)
    {
        var check = new BearerTokenCheck(token);
        return app.Use(async (context, next) =>
        {
            if (check.Admits(context))
                await next(context);
            else
                await check.Reject(context).ExecuteAsync(context);
        });
    }

    /// <summary>Exempts endpoints from the token, e.g. <c>app.MapHealthChecks("/health/live").AllowWithoutToken()</c>: probes carry no credentials.</summary>
    public static TBuilder AllowWithoutToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AllowWithoutTokenMetadata.Instance);
}
