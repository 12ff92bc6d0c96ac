using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Serialization;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;
using VixShield.Grid.Results;
using VixShield.Sweeps;
using VixShield.Testing;

namespace VixShield.Grid.Tests;

/// <summary>Coordinator events and snapshots written through Akka.Persistence.Sql to a real PostgreSQL come back bit for bit in a fresh actor system.</summary>
public sealed class PostgresJournalTests(GridDataset dataset)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private const string PersistenceId = "sweep-coordinator";
    private const string Worker = "akka://grid/user/worker-1";

    [Fact]
    public async Task Events_and_a_snapshot_recover_bit_identically_from_postgres()
    {
        if (!PostgresServer.IsAvailable)
            Assert.Skip(PostgresServer.UnavailableReason);
        var ct = TestContext.Current.CancellationToken;

        await using var server = await PostgresServer.StartAsync(ct);
        string connection = await server.CreateDatabaseAsync("journal_round_trip", ct);

        // Metrics from a real backtest of every set (two break a cross-parameter rule and carry an error instead),
        // then a sweep whose metrics are the awkward doubles (NaN, -0.0, subnormals) the JSON serializer must keep.
        var real = await dataset.DirectResultsAsync();
        var state = new CoordinatorState(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));
        var beforeSnapshot = Play(state, new SweepAccepted("pg-real", dataset.SweepPath, dataset.SweepText, real.Length, 4, 3), real);
        var snapshot = state.ToSnapshot();
        SetResult[] awkward = [SetResult.Ok(0, SerializationTests.Metrics), SetResult.Failed(1, "entry.dte_min: 50 is above entry.dte_max 40")];
        var afterSnapshot = Play(state, new SweepAccepted("pg-awkward", "/sweeps/awkward.yaml", "name: awkward\n", 2, 2, 3), awkward);
        ICoordinatorEvent[] all = [.. beforeSnapshot, .. afterSnapshot];
        Assert.Contains(all, e => e is SweepFinished); // the played sweeps ran to completion

        var first = NewSystem(connection);
        try
        {
            var writer = first.ActorOf(JournalProbe.Props(PersistenceId, fromSnapshot: false), "writer");
            Assert.Equal((long)beforeSnapshot.Length, await writer.Ask<long>(new PersistEvents(beforeSnapshot), Bound, ct));
            Assert.Equal((long)beforeSnapshot.Length, await writer.Ask<long>(new SaveState(snapshot), Bound, ct));
            Assert.Equal((long)all.Length, await writer.Ask<long>(new PersistEvents(afterSnapshot), Bound, ct));
        }
        finally
        {
            await first.Terminate().WaitAsync(Bound, ct);
        }

        var second = NewSystem(connection);
        try
        {
            var serializer = (SerializerWithStringManifest)second.Serialization.FindSerializerFor(snapshot);

            // Every event, replayed from the journal alone.
            var replay = await second.ActorOf(JournalProbe.Props(PersistenceId, fromSnapshot: false), "replay").Ask<Recovered>(GetRecovered.Instance, Bound, ct);
            Assert.Null(replay.Snapshot);
            Assert.Equal(all.Length, replay.Events.Count);
            Assert.Equal((long)all.Length, replay.LastSequenceNr);
            for (int i = 0; i < all.Length; i++)
                AssertSameEvent(serializer, all[i], replay.Events[i]);

            // The snapshot and only the events after it.
            var resumed = await second.ActorOf(JournalProbe.Props(PersistenceId, fromSnapshot: true), "resumed").Ask<Recovered>(GetRecovered.Instance, Bound, ct);
            var recoveredSnapshot = Assert.IsType<CoordinatorSnapshot>(resumed.Snapshot);
            Assert.Equal((long)beforeSnapshot.Length, resumed.SnapshotSequenceNr);
            Assert.Equal(serializer.ToBinary(snapshot), serializer.ToBinary(recoveredSnapshot));
            var done = Assert.Single(recoveredSnapshot.Sweeps);
            Assert.Equal([new UnitRun(0, 2)], done.Done);
            Assert.Equal(real.Length, done.SetsDone);
            Assert.Equal(afterSnapshot.Length, resumed.Events.Count);
            for (int i = 0; i < afterSnapshot.Length; i++)
                AssertSameEvent(serializer, afterSnapshot[i], resumed.Events[i]);

            // The real coordinator recovers the same state from the same rows.
            var coordinator = second.ActorOf(SweepCoordinator.Props(new CoordinatorSettings(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), PersistenceId: PersistenceId)), "coordinator");
            var realStatus = await coordinator.Ask<SweepStatus>(new GetSweepStatus("pg-real"), Bound, ct);
            Assert.Equal(SweepPhase.Completed, realStatus.Phase);
            // The results come back through the read journal, by the tag the write side put on them.
            Bits.AssertSame(real, await SweepResultsQuery.ReadAsync(second, "pg-real", ct));
            var awkwardStatus = await coordinator.Ask<SweepStatus>(new GetSweepStatus("pg-awkward"), Bound, ct);
            Assert.Equal(SweepPhase.Completed, awkwardStatus.Phase);
            Bits.AssertSame(awkward, await SweepResultsQuery.ReadAsync(second, "pg-awkward", ct));
        }
        finally
        {
            await second.Terminate().WaitAsync(Bound, ct);
        }
    }

    /// <summary>Runs a sweep through <paramref name="state"/> as the coordinator would: accept, dispatch one unit at a time, complete it.</summary>
    private static ICoordinatorEvent[] Play(CoordinatorState state, SweepAccepted accepted, IReadOnlyList<SetResult> results)
    {
        var events = new List<ICoordinatorEvent>();
        void Record(IEnumerable<ICoordinatorEvent> happened)
        {
            foreach (var e in happened)
            {
                state.Apply(e);
                events.Add(e);
            }
        }

        Record(state.Accept(accepted));
        while (state.Dispatch(Worker, 1) is [var grant])
        {
            Record([grant]);
            int unitId = grant.Units.Single().UnitId;
            var plan = state.Find(accepted.SweepId)!.Plan[unitId];
            Record(state.Complete(grant.SweepId, unitId, results.Skip((int)plan.FirstIndex).Take((int)plan.Count).ToArray(), Worker));
        }

        return events.ToArray();
    }

    /// <summary>Same type, same serialized bytes, and (for results) the same bits in every double.</summary>
    private static void AssertSameEvent(SerializerWithStringManifest serializer, ICoordinatorEvent expected, object actual)
    {
        Assert.IsType(expected.GetType(), actual);
        Assert.Equal(serializer.ToBinary(expected), serializer.ToBinary(actual));
        if (expected is UnitCompleted completed)
            Bits.AssertSame(completed.Results, ((UnitCompleted)actual).Results);
        else if (expected is UnitsDispatched grant)
            Assert.Equal(grant.Units, ((UnitsDispatched)actual).Units); // the rest is in the bytes compared above
        else
            Assert.Equal(expected, actual); // records of strings and numbers: value equality is exact
    }

    private static ActorSystem NewSystem(string connectionString) =>
        ActorSystem.Create("grid", ConfigurationFactory.ParseString("akka.loglevel = WARNING")
            .WithFallback(GridConfig.Persistence(JournalOptions.Postgres(connectionString))));

    private sealed record PersistEvents(IReadOnlyList<ICoordinatorEvent> Events);

    private sealed record SaveState(CoordinatorSnapshot Snapshot);

    private sealed record GetRecovered
    {
        public static GetRecovered Instance { get; } = new();
    }

    private sealed record Recovered(object? Snapshot, long SnapshotSequenceNr, IReadOnlyList<object> Events, long LastSequenceNr);

    /// <summary>Persists what it is told, saves snapshots on request, and reports what its recovery saw; replies with its sequence number.</summary>
    private sealed class JournalProbe : ReceivePersistentActor
    {
        private readonly bool _fromSnapshot;
        private readonly List<object> _events = [];
        private object? _snapshot;
        private long _snapshotSequenceNr;
        private IActorRef _snapshotRequester = ActorRefs.Nobody;
        private IActorRef _persistRequester = ActorRefs.Nobody;

        public JournalProbe(string persistenceId, bool fromSnapshot)
        {
            PersistenceId = persistenceId;
            _fromSnapshot = fromSnapshot;

            Recover<SnapshotOffer>(offer => (_snapshot, _snapshotSequenceNr) = (offer.Snapshot, offer.Metadata.SequenceNr));
            Recover<ICoordinatorEvent>(e => _events.Add(e));
            Command<PersistEvents>(p =>
            {
                var replyTo = _persistRequester = Sender;
                PersistAll(p.Events, _ => { });
                DeferAsync(p, _ => replyTo.Tell(LastSequenceNr));
            });
            Command<SaveState>(s =>
            {
                _snapshotRequester = Sender;
                SaveSnapshot(s.Snapshot);
            });
            Command<SaveSnapshotSuccess>(s => _snapshotRequester.Tell(s.Metadata.SequenceNr));
            Command<SaveSnapshotFailure>(f => _snapshotRequester.Tell(new Status.Failure(f.Cause)));
            Command<GetRecovered>(_ => Sender.Tell(new Recovered(_snapshot, _snapshotSequenceNr, _events.ToArray(), LastSequenceNr)));
        }

        public override string PersistenceId { get; }

        /// <summary>Without snapshots, recovery replays the whole journal.</summary>
        public override Recovery Recovery => _fromSnapshot ? Recovery.Default : new Recovery(SnapshotSelectionCriteria.None);

        public static Props Props(string persistenceId, bool fromSnapshot) => Akka.Actor.Props.Create(() => new JournalProbe(persistenceId, fromSnapshot));

        protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
        {
            // The actor stops after this; answering first makes the test fail with the database's error instead of a timeout.
            _persistRequester.Tell(new Status.Failure(cause));
            base.OnPersistFailure(cause, @event, sequenceNr);
        }
    }
}
