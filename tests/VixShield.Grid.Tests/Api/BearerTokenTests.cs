using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VixShield.Grid.Api;

namespace VixShield.Grid.Tests.Api;

/// <summary>The token on endpoints other than the sweep API: the middleware guards everything but what is marked open (the health probes).</summary>
public sealed class BearerTokenTests
{
    [Fact]
    public async Task The_middleware_guards_every_endpoint_except_those_allowed_without_a_token()
    {
        var cancel = TestContext.Current.CancellationToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.UseBearerToken("t0ken");
        app.MapGet("/health/live", () => "ok").AllowWithoutToken();
        // A RequestDelegate endpoint, as MapHealthChecks makes: endpoint filters would not run on it, the middleware does.
        app.Map("/metrics", (RequestDelegate)(context => context.Response.WriteAsync("m")));
        app.MapGet("/guarded", () => "g").RequireBearerToken("other");
        await app.StartAsync(cancel);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) };

        async Task<HttpStatusCode> Get(string path, string? token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
                request.Headers.Authorization = new("Bearer", token);
            return (await client.SendAsync(request, cancel)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await Get("/health/live", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get("/metrics", null));
        Assert.Equal(HttpStatusCode.OK, await Get("/metrics", "t0ken"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Get("/unmapped", null));
        // The filter adds its own token on top of the middleware's.
        Assert.Equal(HttpStatusCode.Unauthorized, await Get("/guarded", "t0ken"));
        await app.StopAsync(cancel);
    }
}
