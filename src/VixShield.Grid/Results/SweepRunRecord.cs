namespace VixShield.Grid.Results;

/// <summary>
/// <c>run.json</c> of a sweep's output folder: which sweep ran, when, and on how much hardware. Times are the
/// coordinator's, UTC; the wall time runs from acceptance to finish, so it includes any pause before a resume.
/// </summary>
/// <param name="SweepFile">Absolute path of the sweep file as run: a relative <c>data:</c> in <c>sweep.yaml</c> resolves against its folder.</param>
/// <param name="Nodes">Cluster nodes that ran sets; null when the writer could not know (a sweep fetched from the HTTP API).</param>
/// <param name="Cores">Worker slots (one per core) across those nodes; null when unknown.</param>
public sealed record SweepRunRecord(
    string SweepId, string Name, string SweepFile, DateTime AcceptedAtUtc, DateTime FinishedAtUtc, int? Nodes, int? Cores)
{
    /// <summary>Seconds from acceptance to finish.</summary>
    public double WallSeconds => (FinishedAtUtc - AcceptedAtUtc).TotalSeconds;
}
