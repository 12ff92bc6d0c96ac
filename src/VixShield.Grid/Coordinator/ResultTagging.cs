using Akka.Persistence.Journal;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// Tags every <see cref="UnitCompleted"/> with its sweep, so that a sweep's results are read back from the journal by
/// tag (<see cref="Results.SweepResultsQuery"/>) without replaying the coordinator or scanning other sweeps.
/// </summary>
public sealed class ResultTagging : IWriteEventAdapter
{
    /// <summary>The tag of a sweep's results.</summary>
    public static string TagOf(string sweepId) => $"results:{sweepId}";

    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => evt is UnitCompleted completed ? new Tagged(completed, [TagOf(completed.SweepId)]) : evt;
}
