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
/// The coordinator under a stream of status queries while it writes: nothing it does may reach the journal as a write
/// with no events. The SQL journal fails such a write (and after a few, opens its circuit breaker and fails real ones);
/// the in-memory journal here counts them instead.
/// </summary>
public sealed class JournalBatchTests
{
    [Fact]
    public async Task Status_queries_during_writes_never_send_the_journal_an_empty_write()
    {
        EmptyWriteCountingJournal.Reset();
        var system = ActorSystem.Create("journal-batches", ConfigurationFactory.ParseString($$"""
            akka.loglevel = WARNING
            akka.persistence.journal.plugin = "akka.persistence.journal.counting"
            akka.persistence.journal.counting {
              class = "{{typeof(EmptyWriteCountingJournal).AssemblyQualifiedName}}"
              plugin-dispatcher = "akka.actor.default-dispatcher"
            }
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
            """).WithFallback(GridConfig.Serialization));
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

    /// <summary>An in-memory journal that counts writes, and writes that carry no events.</summary>
    public sealed class EmptyWriteCountingJournal : MemoryJournal
    {
        private static int _empty;
        private static int _writes;

        public static int EmptyWrites => Volatile.Read(ref _empty);

        public static int Writes => Volatile.Read(ref _writes);

        public static void Reset() => (_empty, _writes) = (0, 0);

        protected override Task<IImmutableList<Exception?>> WriteMessagesAsync(IEnumerable<AtomicWrite> messages, CancellationToken cancellationToken)
        {
            var list = messages.ToList();
            Interlocked.Increment(ref _writes);
            if (list.Count == 0)
                Interlocked.Increment(ref _empty);
            return base.WriteMessagesAsync(list, cancellationToken);
        }
    }
}
