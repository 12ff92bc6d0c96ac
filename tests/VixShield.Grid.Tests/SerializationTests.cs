using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;
using VixShield.Core.Engine;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Serialization;
using VixShield.Grid.Worker;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Tests;

public sealed class SerializationTests : IDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("serialization", Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = WARNING").WithFallback(GridConfig.Serialization));

    /// <summary>Awkward doubles on purpose: NaN, infinities, negative zero, subnormals, values with 17 significant digits.</summary>
    internal static readonly BacktestMetrics Metrics = new(
        0.1 + 0.2, double.NaN, 0.123456789012345678, 17, double.PositiveInfinity, double.NegativeInfinity, -0.0,
        double.Epsilon, 1e308, -1.0 / 3, double.MaxValue, 5e-324, 2.0 / 3, 42, 3, 1_000_123.4567890123);

    private static readonly DateTime Accepted = new(2026, 11, 25, 17, 0, 0, DateTimeKind.Utc);

    private static readonly SetResult[] Results = [SetResult.Ok(4, Metrics), SetResult.Failed(5, "entry.dte_min: 50 is above entry.dte_max 40")];

    public static TheoryData<string> Manifests() => new(GridJsonSerializer.Manifests);

    private static IGridMessage Sample(string manifest) => manifest switch
    {
        "SubmitSweep.v1" => new SubmitSweep("s1", "/sweeps/a.yaml", "name: a\ndata: d\n", 25),
        "SweepSubmitted.v1" => new SweepSubmitted("s1", 100, 4),
        "SweepRejected.v1" => new SweepRejected("s1", "a.yaml line 2: data: missing"),
        "RequestWork.v1" => new RequestWork(3, [new HeldUnit("s1", 2)]),
        "UnitResults.v2" => new UnitResults("s1", 2, Results, 0.731),
        "UnitRunFailed.v1" => new UnitRunFailed("s1", 2, "DatasetException: no such dataset folder"),
        "CancelSweep.v1" => new CancelSweep("s1"),
        "GetSweepStatus.v1" => new GetSweepStatus("s1"),
        "SweepStatus.v2" => new SweepStatus("s1", "a", SweepPhase.Running, 10, 2, 5, 1, 2, null, Accepted, null),
        "SweepAccepted.v1" => new SweepAccepted("s1", "/sweeps/a.yaml", "name: a\n", 10, 2, 3, "a", Accepted),
        "UnitsDispatched.v1" => new UnitsDispatched("s1", "akka://grid/user/worker-1", [new DispatchedUnit(3, 2), new DispatchedUnit(4, 1)]),
        "UnitCompleted.v2" => new UnitCompleted("s1", 2, Results),
        "UnitFailed.v1" => new UnitFailed("s1", 3, "worker lost", 1),
        "SweepFinished.v1" => new SweepFinished("s1", SweepPhase.Failed, "unit 3 failed 3 times", Accepted.AddHours(1)),
        "SweepCancelled.v1" => new SweepCancelled("s1", Accepted.AddHours(1)),
        "UnitReleased.v1" => new UnitReleased("s1", 3, 2),
        "CoordinatorSnapshot.v2" => new CoordinatorSnapshot(
        [
            new SweepSnapshot(new SweepAccepted("s1", "/a", "t", 10, 2, 3), SweepPhase.Running, null, null, 3, [1],
                [new UnitDispatched("s1", 2, "w", 1)], [new UnitFailureCount(1, 1)], [new UnitRun(0, 1)], 2),
        ]),
        "WorkAssignment.v1" => new WorkAssignment("s1", "/a", "t", 2, 4, 2),
        "WorkGranted.v1" => new WorkGranted([new WorkAssignment("s1", "/a", "t", 2, 4, 2)]),
        "WorkAvailable.v1" => WorkAvailable.Instance,
        "UnitDeclined.v1" => new UnitDeclined("s1", 4),
        "ListSweeps.v1" => ListSweeps.Instance,
        "SweepList.v1" => new SweepList([new SweepStatus("s1", "a", SweepPhase.Completed, 10, 10, 5, 5, 0, null, Accepted, Accepted.AddHours(1))]),
        "GetSweepSource.v1" => new GetSweepSource("s1"),
        "SweepSource.v1" => new SweepSource("s1", "/sweeps/a.yaml", "name: a\n"),
        "WorkerLeaving.v1" => new WorkerLeaving([new HeldUnit("s1", 2), new HeldUnit("s2", 0)]),
        "WorkerLeft.v1" => WorkerLeft.Instance,
        "LeaveGrid.v1" => LeaveGrid.Instance,
        "WorkerStopped.v1" => WorkerStopped.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(manifest), manifest, "add a sample"),
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Every_message_round_trips_through_the_bound_serializer(string manifest)
    {
        var message = Sample(manifest);
        var serializer = Assert.IsType<GridJsonSerializer>(_system.Serialization.FindSerializerFor(message));
        Assert.Equal(manifest, Akka.Serialization.Serialization.ManifestFor(serializer, message));

        byte[] bytes = serializer.ToBinary(message);
        var back = _system.Serialization.Deserialize(bytes, serializer.Identifier, manifest);

        Assert.IsType(message.GetType(), back);
        Assert.Equal(bytes, serializer.ToBinary(back));
        Assert.Equal(Canonical(message), Canonical(back));
    }

    [Fact]
    public void Metrics_round_trip_bit_for_bit()
    {
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new UnitCompleted("s", 0, Results));
        var back = (UnitCompleted)serializer.FromBinary(serializer.ToBinary(new UnitCompleted("s", 0, Results)), "UnitCompleted.v2");
        Assert.True(Bits.Identical(Metrics, back.Results[0].Metrics!));
        Assert.Null(back.Results[1].Metrics);
        Assert.Equal(Results[1].Error, back.Results[1].Error);
    }

    [Fact]
    public void Block_statistics_and_window_scores_round_trip_bit_for_bit_and_older_results_read_without_them()
    {
        var blocks = new BlockReturnStats[]
        {
            new(157, 0.1 + 0.2, 1e-300), new(156, -0.0, double.Epsilon), new(int.MaxValue, double.MaxValue, 1.0 / 3),
        };
        var result = SetResult.Ok(4, Metrics) with { Blocks = blocks, WindowScores = [0.25, double.NaN, double.NegativeInfinity] };
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));

        byte[] bytes = serializer.ToBinary(new UnitCompleted("s", 0, [result]));
        var back = ((UnitCompleted)serializer.FromBinary(bytes, "UnitCompleted.v2")).Results[0];

        Assert.Equal(blocks.Length, back.Blocks!.Length);
        for (int b = 0; b < blocks.Length; b++)
        {
            Assert.Equal(blocks[b].Count, back.Blocks[b].Count);
            Assert.Equal(BitConverter.DoubleToInt64Bits(blocks[b].Sum), BitConverter.DoubleToInt64Bits(back.Blocks[b].Sum));
            Assert.Equal(BitConverter.DoubleToInt64Bits(blocks[b].SumOfSquares), BitConverter.DoubleToInt64Bits(back.Blocks[b].SumOfSquares));
        }

        Assert.Equal(result.WindowScores!.Select(BitConverter.DoubleToInt64Bits), back.WindowScores!.Select(BitConverter.DoubleToInt64Bits));
        // The v1 form: 20 bytes a block as base64, 3 blocks are 80 characters, not three objects of field names.
        byte[] v1 = JsonSerializer.SerializeToUtf8Bytes(new PackedResultsTests.UnitCompletedV1Form("s", 0, [result]), GridJsonSerializer.Options);
        using var json = JsonDocument.Parse(v1);
        Assert.Equal(80, json.RootElement.GetProperty("Results")[0].GetProperty("Blocks").GetString()!.Length);
        Assert.DoesNotContain("SumOfSquares", System.Text.Encoding.UTF8.GetString(v1));
        Bits.AssertSame([result], ((UnitCompleted)serializer.FromBinary(v1, "UnitCompleted.v1")).Results);

        var old = (UnitCompleted)serializer.FromBinary("""{"SweepId":"s","UnitId":0,"Results":[{"Index":4,"Metrics":null,"Error":"x"}]}"""u8.ToArray(), "UnitCompleted.v1");
        Assert.Null(old.Results[0].Blocks);
        Assert.Null(old.Results[0].WindowScores);
    }

    [Fact]
    public void A_first_version_snapshot_with_results_is_read_as_done_units()
    {
        // CoordinatorSnapshot.v1 as the first release wrote it: completed units carried their results.
        string v1 = """
            {"Sweeps":[{"Accepted":{"SweepId":"s1","SourcePath":"/a","SourceText":"t","TotalSets":10,"UnitSize":2,"MaxAttempts":3},
              "Phase":"Running","Error":null,"NextFresh":4,"Requeued":[],"InFlight":[{"SweepId":"s1","UnitId":3,"Worker":"w","Attempt":1}],
              "Failures":[],"Done":[{"SweepId":"s1","UnitId":0,"Results":[{"Index":0,"Metrics":null,"Error":"x"},{"Index":1,"Metrics":null,"Error":"y"}]},
                                    {"SweepId":"s1","UnitId":2,"Results":[{"Index":4,"Metrics":null,"Error":"x"},{"Index":5,"Metrics":null,"Error":"y"}]},
                                    {"SweepId":"s1","UnitId":1,"Results":[{"Index":2,"Metrics":null,"Error":"x"},{"Index":3,"Metrics":null,"Error":"y"}]}]}]}
            """;
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));
        var snapshot = Assert.IsType<CoordinatorSnapshot>(serializer.FromBinary(System.Text.Encoding.UTF8.GetBytes(v1), "CoordinatorSnapshot.v1"));
        var sweep = Assert.Single(snapshot.Sweeps);
        Assert.Equal([new UnitRun(0, 3)], sweep.Done);
        Assert.Equal(6, sweep.SetsDone);
        Assert.Equal(3, Assert.Single(sweep.InFlight).UnitId);
    }

    [Fact]
    public void Metrics_of_the_v1_form_travel_as_an_array_and_the_object_form_of_older_events_still_reads()
    {
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));
        string written = System.Text.Encoding.UTF8.GetString(
            JsonSerializer.SerializeToUtf8Bytes(new PackedResultsTests.UnitCompletedV1Form("s", 0, [SetResult.Ok(4, Metrics)]), GridJsonSerializer.Options));
        Assert.Contains("\"Metrics\":[0.30000000000000004,\"NaN\",", written);
        Assert.DoesNotContain("Sharpe", written);

        // UnitCompleted.v1 as first written, metrics as an object.
        string old = """
            {"SweepId":"s","UnitId":0,"Results":[{"Index":4,"Metrics":{"Irr":0.30000000000000004,"Cagr":"NaN","MaxDrawdown":0.12345678901234568,
              "MaxDrawdownDays":17,"Sharpe":"Infinity","Sortino":"-Infinity","Calmar":-0,"WinRate":5E-324,"ProfitFactor":1E+308,
              "AvgTrade":-0.3333333333333333,"WorstTrade":1.7976931348623157E+308,"Cvar95":5E-324,"HedgeCostShare":0.6666666666666666,
              "Trades":42,"HedgeLayers":3,"FinalEquity":1000123.4567890123},"Error":null}]}
            """;
        var back = (UnitCompleted)serializer.FromBinary(System.Text.Encoding.UTF8.GetBytes(old), "UnitCompleted.v1");
        Assert.True(Bits.Identical(Metrics, back.Results[0].Metrics!));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            serializer.FromBinary("""{"SweepId":"s","UnitId":0,"Results":[{"Index":4,"Metrics":[1,2,3],"Error":null}]}"""u8.ToArray(), "UnitCompleted.v1"));
    }

    private const string V1Results = """{"SweepId":"s","UnitId":0,"Results":[{"Index":4,"Metrics":null,"Error":"x"}]}""";

    [Theory]
    [InlineData("UnitResults.v1", typeof(UnitResults), V1Results)]
    [InlineData("UnitCompleted.v1", typeof(UnitCompleted), V1Results)]
    [InlineData("UnitDispatched.v1", typeof(UnitDispatched), """{"SweepId":"s1","UnitId":3,"Worker":"akka://grid/user/worker-1","Attempt":2}""")]
    public void Manifests_no_longer_written_are_still_read(string manifest, Type type, string json)
    {
        Assert.Contains(manifest, GridJsonSerializer.ReadOnlyManifests);
        Assert.DoesNotContain(manifest, GridJsonSerializer.Manifests);
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));
        Assert.IsType(type, serializer.FromBinary(System.Text.Encoding.UTF8.GetBytes(json), manifest));
    }

    [Fact]
    public void A_dispatch_event_of_the_per_unit_form_reads_back_whole()
    {
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));
        var back = serializer.FromBinary("""{"SweepId":"s1","UnitId":3,"Worker":"akka://grid/user/worker-1","Attempt":2}"""u8.ToArray(), "UnitDispatched.v1");
        Assert.Equal(new UnitDispatched("s1", 3, "akka://grid/user/worker-1", 2), back);
    }

    [Fact]
    public void An_unknown_manifest_is_refused()
    {
        var serializer = (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));
        Assert.ThrowsAny<Exception>(() => serializer.FromBinary("{}"u8.ToArray(), "RequestWork.v9"));
    }

    private static string Canonical(object o) => JsonSerializer.Serialize(o, o.GetType(), GridJsonSerializer.Options);

    public void Dispose() => _system.Terminate().Wait(TimeSpan.FromSeconds(10));
}
