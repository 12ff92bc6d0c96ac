using VixShield.Data.Synthetic;
using VixShield.Grid.Embedded;

namespace VixShield.Cli.Output;

/// <summary>Progress on standard error: one rewritten line on a terminal, a line every few seconds when redirected.</summary>
internal sealed class ProgressLine(TextWriter writer) : IProgress<SweepProgress>, IProgress<GenerationProgress>
{
    private static readonly TimeSpan RedirectedEvery = TimeSpan.FromSeconds(5);
    private readonly object _gate = new();
    private DateTime _lastLine = DateTime.MinValue;
    private bool _rewriting;

    public void Report(SweepProgress p) => Sets(p.SetsDone, p.TotalSets, p.UnitsDone, p.Units, p.SetsPerSecond, p.SetsDone == p.TotalSets);

    public void Report(GenerationProgress p) =>
        Write($"generating data/default: {p.Stage} {p.DaysDone:N0}/{p.DaysTotal:N0} days", p.Stage == "done");

    /// <summary>A sweep's line: sets and units done, the rate, and the time left at that rate; <paramref name="last"/> is always written.</summary>
    public void Sets(long setsDone, long totalSets, int unitsDone, int units, double setsPerSecond, bool last)
    {
        string eta = setsPerSecond > 0 ? $"ETA {TimeSpan.FromSeconds((totalSets - setsDone) / setsPerSecond):hh\\:mm\\:ss}" : "ETA --:--:--";
        Write($"{setsDone:N0}/{totalSets:N0} sets  {unitsDone:N0}/{units:N0} units  {setsPerSecond:N0} sets/s  {eta}", last);
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_rewriting)
                writer.WriteLine();
            _rewriting = false;
        }
    }

    private void Write(string line, bool last)
    {
        lock (_gate)
        {
            if (!Console.IsErrorRedirected)
            {
                writer.Write($"\r{line,-80}");
                _rewriting = true;
            }
            else if (last || DateTime.UtcNow - _lastLine >= RedirectedEvery)
            {
                writer.WriteLine(line);
                _lastLine = DateTime.UtcNow;
            }
        }
    }
}
