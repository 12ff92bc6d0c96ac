using VixShield.Grid.Coordinator;

namespace VixShield.Grid.Api;

/// <summary>A sweep's status as the API shows it: the coordinator's <see cref="SweepStatus"/> with the phase in lower case and a progress fraction.</summary>
/// <param name="Phase">running, completed, failed or cancelled.</param>
/// <param name="Progress">Sets done over total sets, 0..1 (1 for a completed sweep of no sets).</param>
public sealed record SweepStatusJson(
    string Id, string Name, string Phase, long TotalSets, long SetsDone, int Units, int UnitsDone, int UnitsInFlight,
    double Progress, string? Error, DateTime? AcceptedAtUtc, DateTime? FinishedAtUtc)
{
    public static SweepStatusJson From(SweepStatus status) => new(
        status.SweepId, status.Name, PhaseName(status.Phase), status.TotalSets, status.SetsDone, status.Units, status.UnitsDone,
        status.UnitsInFlight, ProgressOf(status), status.Error, Utc(status.AcceptedAtUtc), Utc(status.FinishedAtUtc));

    public static string PhaseName(SweepPhase phase) => phase.ToString().ToLowerInvariant();

    private static double ProgressOf(SweepStatus status) =>
        status.TotalSets > 0 ? (double)status.SetsDone / status.TotalSets : status.Phase == SweepPhase.Completed ? 1 : 0;

    /// <summary>Times read back from the journal may have lost their kind; they are UTC, and the JSON should say so ("Z").</summary>
    private static DateTime? Utc(DateTime? time) =>
        time is { Kind: DateTimeKind.Unspecified } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : time?.ToUniversalTime();
}
