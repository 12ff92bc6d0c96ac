namespace VixShield.Grid.Coordinator;

/// <summary>
/// Holds actions (replies, grants) until every event applied before them has been written. The coordinator applies
/// events when it decides them and writes them asynchronously; this keeps anything it says from running ahead of its
/// journal. (Akka's <c>DeferAsync</c> would do the same by sending a marker through the journal, but a batch holding only
/// markers reaches the SQL journal as an empty write, which it fails, and enough of those open its circuit breaker.)
/// </summary>
internal sealed class WriteBarrier
{
    private readonly Queue<(long Needed, Action Action)> _waiting = new();
    private long _applied;
    private long _written;

    /// <summary>Events applied but not yet written.</summary>
    public long Unwritten => _applied - _written;

    public void Applied(int events) => _applied += events;

    /// <summary>Runs <paramref name="action"/> now if everything applied is written, else once it is.</summary>
    public void AfterWrites(Action action)
    {
        if (_written >= _applied)
            action();
        else
            _waiting.Enqueue((_applied, action));
    }

    /// <summary>One more event written (persist handlers run in order); runs what waited for it.</summary>
    public void Written()
    {
        _written++;
        while (_waiting.Count > 0 && _waiting.Peek().Needed <= _written)
            _waiting.Dequeue().Action();
    }
}
