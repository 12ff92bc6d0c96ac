using System.Net;
using Akka.Actor;
using Akka.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VixShield.Grid;
using VixShield.Grid.Api;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;

namespace VixShield.Cli.Tests;

/// <summary>
/// A grid in the test process for the real executable to talk to: the sweep API on Kestrel at 127.0.0.1 (a free port),
/// a real coordinator on a SQLite journal and a real worker; submitted files are read as if in <c>sweepFolder</c>.
/// </summary>
internal sealed class GridApiServer : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly ActorSystem _system;
    private readonly WebApplication _app;

    private GridApiServer(ActorSystem system, WebApplication app, string address)
    {
        _system = system;
        _app = app;
        Address = address;
    }

    /// <summary>The API's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    /// <param name="worker">False leaves sweeps running until cancelled (no one computes them).</param>
    public static async Task<GridApiServer> StartAsync(string sweepFolder, string? token = null, bool worker = true)
    {
        string journal = Path.Combine(sweepFolder, $"journal-{Guid.NewGuid():n}.db");
        var system = ActorSystem.Create("cli-api", ConfigurationFactory.ParseString("akka.loglevel = WARNING").WithFallback(GridConfig.SqlitePersistence(journal)));
        var coordinator = system.ActorOf(SweepCoordinator.Props(CoordinatorSettings.Default), "coordinator");
        if (worker)
            system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 1), "worker");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapSweepApi(new SweepApiOptions { Coordinator = coordinator, System = system, BearerToken = token, SweepFolder = sweepFolder });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new GridApiServer(system, app, addresses.Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).WaitAsync(Bound);
        await _app.DisposeAsync();
        await _system.Terminate().WaitAsync(Bound);
        // The journal's pooled connections would keep the temp folder's database file open.
        SqliteConnection.ClearAllPools();
    }
}
