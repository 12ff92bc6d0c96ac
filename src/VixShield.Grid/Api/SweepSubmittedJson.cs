namespace VixShield.Grid.Api;

/// <summary>The answer to a submission (201 new, 200 already known): the sweep's id, size and where it stands now.</summary>
public sealed record SweepSubmittedJson(string Id, string Name, long TotalSets, int Units, SweepStatusJson Status);
