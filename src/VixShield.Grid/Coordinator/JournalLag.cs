using Akka.Actor;

namespace VixShield.Grid.Coordinator;

/// <summary>
/// Bounds how far the coordinator runs ahead of its journal. It applies results when they arrive and writes them
/// asynchronously; workers faster than the journal (or a burst of large units) would otherwise pile every result into
/// one enormous write and make every answer that waits for the journal late. Past
/// <see cref="CoordinatorSettings.MaxUnwrittenResults"/> unwritten set results, new results and requests for work wait
/// here, in arrival order, until writes bring the count back under the limit.
/// </summary>
internal sealed class JournalLag
{
    private readonly Queue<(object Message, IActorRef Sender)> _held = new();
    private readonly long _limit;

    public JournalLag(long limit) => _limit = limit;

    /// <summary>Set results in events applied but not yet written.</summary>
    public long UnwrittenResults { get; private set; }

    /// <summary>Messages waiting for the journal.</summary>
    public int Held => _held.Count;

    /// <summary>True when a result or request arriving now must wait: over the limit, or others already wait (order is kept).</summary>
    public bool MustWait => UnwrittenResults >= _limit || _held.Count > 0;

    /// <summary>True when writes have made room for what waits.</summary>
    public bool CanRelease => _held.Count > 0 && UnwrittenResults < _limit;

    public void Hold(object message, IActorRef sender) => _held.Enqueue((message, sender));

    public void Applied(int results) => UnwrittenResults += results;

    public void Written(int results) => UnwrittenResults -= results;

    /// <summary>The next waiting message while there is room for it.</summary>
    public bool TryRelease(out (object Message, IActorRef Sender) next) => CanRelease ? _held.TryDequeue(out next) : Nothing(out next);

    /// <summary>Everything still waiting (for a restart to send back to the mailbox).</summary>
    public IReadOnlyCollection<(object Message, IActorRef Sender)> DrainAll()
    {
        var all = _held.ToArray();
        _held.Clear();
        return all;
    }

    private static bool Nothing(out (object, IActorRef) next)
    {
        next = default;
        return false;
    }
}
