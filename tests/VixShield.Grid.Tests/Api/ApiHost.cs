using System.Net;
using Akka.Actor;
using Akka.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VixShield.Grid.Api;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Tests.Api;

/// <summary>
/// The sweep API on Kestrel at 127.0.0.1 (a free port), in front of a real coordinator on a SQLite journal in a temp
/// folder; a real worker on the dataset fixture's data when asked for. Submitted files are read as if in the fixture's root.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly WebApplication _app;

    private ApiHost(ActorSystem system, IActorRef coordinator, WebApplication app, Uri address)
    {
        System = system;
        Coordinator = coordinator;
        _app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public ActorSystem System { get; }

    public IActorRef Coordinator { get; }

    public HttpClient Client { get; }

    public static async Task<ApiHost> StartAsync(
        GridDataset dataset, bool worker = true, string? token = null, long maxParameterSets = 100_000_000, TimeSpan? askTimeout = null)
    {
        var system = ActorSystem.Create("api", ConfigurationFactory.ParseString("akka.loglevel = WARNING")
            .WithFallback(GridConfig.SqlitePersistence(Path.Combine(dataset.NewFolder(), "journal.db"))));
        var coordinator = system.ActorOf(SweepCoordinator.Props(CoordinatorSettings.Default), "coordinator");
        if (worker)
            system.ActorOf(SweepWorker.Props(coordinator, new TapeCache(), slots: 2), "worker");

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapSweepApi(new SweepApiOptions
        {
            Coordinator = coordinator,
            System = system,
            BearerToken = token,
            MaxParameterSets = maxParameterSets,
            SweepFolder = dataset.Root,
            ReportFolder = Path.Combine(dataset.Root, "reports"),
            AskTimeout = askTimeout ?? SweepApiOptions.DefaultAskTimeout,
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ApiHost(system, coordinator, app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None).WaitAsync(Bound);
        await _app.DisposeAsync();
        await System.Terminate().WaitAsync(Bound);
    }
}
