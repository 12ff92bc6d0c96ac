using System.Collections.Immutable;
using Akka.Actor;
using Akka.Configuration;
using Akka.Persistence;
using Akka.Persistence.Journal;
using VixShield.Grid.Benchmarks;
using VixShield.Grid.Coordinator;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests;

/// <summary>
/// How the coordinator's writes reach the journal. Under a stream of status queries nothing it does may reach the journal
/// as a write with no events (the SQL journal fails such a write, and after a few opens its circuit breaker and fails real
/// ones); under a flood of results no write may grow past the lag limit. The in-memory journal here counts both.
/// </summary>
public sealed class JournalBatchTests
{
    [Fact]
    public async Task Status_queries_during_writes_never_send_the_journal_an_empty_write()
    {
        EmptyWriteCountingJournal.Reset();
        var system = ActorSystem.Create("journal-batches", CountingJournalConfig());
        try
        {
            var coordinator = system.ActorOf(SweepCoordinator.Props(CoordinatorSettings.Default), "coordinator");
            const string text = "name: batches\ndata: /nowhere\nsamples: 10000\ngrid:\n  hedge.term_ratio: { random: uniform(0.9, 1.1) }\n";
            await coordinator.Ask<SweepSubmitted>(new SubmitSweep("b", "/nowhere/s.yaml", text, 1), TimeSpan.FromSeconds(10));
            var metrics = SerializationTests.Metrics;
            for (int w = 0; w < 4; w++)
                system.ActorOf(IdleWorker.Props(coordinator, 32, SetResult.Ok(0, metrics)), $"idle-{w}");

            int runningAnswers = 0;
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var pollers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (true)
                {
                    var status = await coordinator.Ask<SweepStatus>(new GetSweepStatus("b"), TimeSpan.FromSeconds(10), bound.Token);
                    if (status.Phase != SweepPhase.Running)
                        return status;
                    Interlocked.Increment(ref runningAnswers);
                }
            })).ToArray();
            var finished = await Task.WhenAll(pollers);

            Assert.All(finished, s => Assert.Equal(SweepPhase.Completed, s.Phase));
            Assert.Equal(0, EmptyWriteCountingJournal.EmptyWrites);
            // How the coordinator's events batch into writes depends on scheduling (a loaded machine groups 20,000 events
            // into a handful), so the test only needs several writes with queries answered all along.
            Assert.True(EmptyWriteCountingJournal.Writes >= 3, $"the journal saw {EmptyWriteCountingJournal.Writes} writes, too few for the test to mean anything");
            Assert.True(runningAnswers >= 8, $"only {runningAnswers} status queries were answered while the sweep ran");
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task A_flood_of_results_is_written_in_bounded_pieces_and_every_set_is_recorded_once()
    {
        // Idle workers answer 128 units of 50 sets at once, into a journal that takes 5 ms a write: without a bound the
        // coordinator took them all and the next write carried thousands of sets (on SQLite, 1,000-set units made writes
        // of gigabytes that timed out).
        EmptyWriteCountingJournal.Reset(writeDelay: TimeSpan.FromMilliseconds(5));
        var system = ActorSystem.Create("journal-flood", CountingJournalConfig());
        try
        {
            const int limit = 200, unitSize = 50, sets = 20_000;
            var settings = CoordinatorSettings.Default with { MaxUnwrittenResults = limit };
            var coordinator = system.ActorOf(SweepCoordinator.Props(settings), "coordinator");
            string text = $"name: flood\ndata: /nowhere\nsamples: {sets}\ngrid:\n  hedge.term_ratio: {{ random: uniform(0.9, 1.1) }}\n";
            await coordinator.Ask<SweepSubmitted>(new SubmitSweep("f", "/nowhere/s.yaml", text, unitSize), TimeSpan.FromSeconds(10));
            for (int w = 0; w < 4; w++)
                system.ActorOf(IdleWorker.Props(coordinator, 32, SetResult.Ok(0, SerializationTests.Metrics)), $"idle-{w}");

            SweepStatus status;
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            do
            {
                await Task.Delay(20, bound.Token);
                status = await coordinator.Ask<SweepStatus>(new GetSweepStatus("f"), TimeSpan.FromSeconds(10), bound.Token);
            }
            while (status.Phase == SweepPhase.Running);

            Assert.Equal((SweepPhase.Completed, (long)sets, sets / unitSize), (status.Phase, status.SetsDone, status.UnitsDone));
            Assert.Equal(sets, EmptyWriteCountingJournal.ResultsWritten);
            // Taken only while under the limit: at most the limit, less one, plus one more unit.
            Assert.InRange(EmptyWriteCountingJournal.MostResultsInOneWrite, unitSize, limit - 1 + unitSize);
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static Config CountingJournalConfig() => ConfigurationFactory.ParseString($$"""
        akka.loglevel = WARNING
        akka.persistence.journal.plugin = "akka.persistence.journal.counting"
        akka.persistence.journal.counting {
          class = "{{typeof(EmptyWriteCountingJournal).AssemblyQualifiedName}}"
          plugin-dispatcher = "akka.actor.default-dispatcher"
        }
        akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
        """).WithFallback(GridConfig.Serialization);

    /// <summary>An in-memory journal that counts writes, writes that carry no events, and the set results written; optionally slow.</summary>
    public sealed class EmptyWriteCountingJournal : MemoryJournal
    {
        private static int _empty;
        private static int _writes;
        private static int _results;
        private static int _most;
        private static TimeSpan _delay;

        public static int EmptyWrites => Volatile.Read(ref _empty);

        public static int Writes => Volatile.Read(ref _writes);

        /// <summary>Set results in every <see cref="UnitCompleted"/> written so far.</summary>
        public static int ResultsWritten => Volatile.Read(ref _results);

        /// <summary>The most set results one write carried.</summary>
        public static int MostResultsInOneWrite => Volatile.Read(ref _most);

        public static void Reset(TimeSpan writeDelay = default) => (_empty, _writes, _results, _most, _delay) = (0, 0, 0, 0, writeDelay);

        protected override async Task<IImmutableList<Exception?>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
        {
            var list = messages.ToList();
            Interlocked.Increment(ref _writes);
            if (list.Count == 0)
                Interlocked.Increment(ref _empty);
            int results = list.SelectMany(w => (IEnumerable<IPersistentRepresentation>)w.Payload)
                .Sum(p => p.Payload is UnitCompleted c ? c.Results.Count : 0);
            Interlocked.Add(ref _results, results);
            int most;
            while (results > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, results, most) != most)
            {
            }

            if (_delay > TimeSpan.Zero)
                await Task.Delay(_delay, cancellationToken);
            return await base.WriteMessagesAsync(list, cancellationToken);
        }
    }
}
