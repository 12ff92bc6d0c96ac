using System.Diagnostics;

namespace VixShield.Cli.Remote;

/// <summary>Sets per second of a remote sweep from successive polls, over a sliding window so that it follows workers joining and leaving.</summary>
internal sealed class PollRate(TimeSpan window)
{
    private readonly Queue<(TimeSpan At, long SetsDone)> _polls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Records a poll and returns the rate over the window (0 until two polls are apart in time).</summary>
    public double Observe(long setsDone)
    {
        var now = _clock.Elapsed;
        _polls.Enqueue((now, setsDone));
        while (_polls.Count > 2 && now - _polls.Peek().At > window)
            _polls.Dequeue();
        var (firstAt, firstSets) = _polls.Peek();
        double seconds = (now - firstAt).TotalSeconds;
        return seconds > 0 ? Math.Max(0, setsDone - firstSets) / seconds : 0;
    }
}
