using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace VixShield.Grid.Api;

/// <summary>The coordinator's HTTP API: submit a sweep file, follow it, cancel it, download its results (see README.md, "HTTP API").</summary>
public static class SweepApi
{
    /// <summary>
    /// Maps <c>/sweeps</c> (POST, GET), <c>/sweeps/{id}</c> (GET, DELETE), <c>/sweeps/{id}/results</c> (GET) and
    /// <c>/sweeps/{id}/report/</c> with its detail pages (GET), behind
    /// the bearer token when one is configured. Returns the group, so the host can add its own conventions.
    /// </summary>
    public static RouteGroupBuilder MapSweepApi(this IEndpointRouteBuilder endpoints, SweepApiOptions options)
    {
        options.Validate();
        var sweeps = endpoints.MapGroup("/sweeps");
        if (options.BearerToken is { } token)
            sweeps.RequireBearerToken(token);
        sweeps.AddEndpointFilter(new CoordinatorTimeoutFilter(options.AskTimeout));

        // Every handler takes the request's CancellationToken: besides stopping work for a client that left, it keeps a
        // (HttpContext) => Task<IResult> lambda from binding as a RequestDelegate, which would drop the IResult.
        sweeps.MapPost("", (HttpContext http, CancellationToken cancel) => SubmitEndpoint.HandleAsync(http, options, cancel));
        sweeps.MapGet("", (CancellationToken cancel) => StatusEndpoints.ListAsync(options, cancel));
        sweeps.MapGet("/{id}", (string id, CancellationToken cancel) => StatusEndpoints.OneAsync(id, options, cancel));
        sweeps.MapDelete("/{id}", (string id, CancellationToken cancel) => StatusEndpoints.CancelAsync(id, options, cancel));
        sweeps.MapGet("/{id}/results", (string id, string? format, CancellationToken cancel) => ResultsEndpoint.HandleAsync(id, format, options, cancel));
        var reports = new ReportEndpoint(options);
        // Routing matches with or without the trailing slash; without it the pages' relative links would miss, so it redirects.
        sweeps.MapGet("/{id}/report", (string id, HttpContext http, CancellationToken cancel) => http.Request.Path.Value!.EndsWith('/')
            ? reports.HandleAsync(id, ReportEndpoint.IndexPage, cancel)
            : Task.FromResult(HttpResults.Redirect($"{http.Request.PathBase}{http.Request.Path}/")));
        sweeps.MapGet("/{id}/report/{page}", (string id, string page, CancellationToken cancel) => reports.HandleAsync(id, page, cancel));
        return sweeps;
    }
}
