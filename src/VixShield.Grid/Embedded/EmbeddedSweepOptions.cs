namespace VixShield.Grid.Embedded;

/// <summary>What <see cref="EmbeddedSweep"/> runs: a sweep file, the folder for its journal and results, and how many workers.</summary>
/// <param name="OutputFolder">Holds <c>journal.db</c> (so that a re-run resumes) and the results files.</param>
/// <param name="Workers">Worker actors, one unit at a time each; usually the core count.</param>
/// <param name="StatusInterval">How often progress is reported.</param>
public sealed record EmbeddedSweepOptions(string SweepPath, string OutputFolder, int Workers, TimeSpan? StatusInterval = null)
{
    public const string JournalName = "journal.db";

    public string JournalPath => Path.Combine(OutputFolder, JournalName);
}
