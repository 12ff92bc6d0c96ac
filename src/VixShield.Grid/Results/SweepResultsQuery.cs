using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using VixShield.Grid.Coordinator;
using VixShield.Sweeps;

namespace VixShield.Grid.Results;

/// <summary>
/// The read side of the coordinator's journal: a sweep's results, from its tagged <see cref="UnitCompleted"/> events.
/// Any node configured with the journal can read them, so results survive the coordinator moving between nodes.
/// </summary>
public static class SweepResultsQuery
{
    /// <summary>Every completed set of the sweep, by ascending index (only units completed when the query ran).</summary>
    public static async Task<IReadOnlyList<SetResult>> ReadAsync(ActorSystem system, string sweepId, CancellationToken cancel = default)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);
        var byUnit = new SortedDictionary<int, IReadOnlyList<SetResult>>();
        var (kill, done) = journal.CurrentEventsByTag(ResultTagging.TagOf(sweepId), Offset.NoOffset())
            .ViaMaterialized(KillSwitches.Single<EventEnvelope>(), Keep.Right)
            .ToMaterialized(Sink.ForEach<EventEnvelope>(envelope =>
            {
                // Only the first result of a unit is ever persisted; TryAdd keeps that true if a journal says otherwise.
                if (envelope.Event is UnitCompleted completed && completed.SweepId == sweepId)
                    byUnit.TryAdd(completed.UnitId, completed.Results);
            }), Keep.Both)
            .Run(system.Materializer());
        await using (cancel.Register(() => kill.Abort(new OperationCanceledException(cancel))))
            await done.ConfigureAwait(false);
        cancel.ThrowIfCancellationRequested();
        return byUnit.Values.SelectMany(results => results).ToArray();
    }
}
