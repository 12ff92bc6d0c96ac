using System.Collections.Concurrent;
using VixShield.Core.Engine;
using VixShield.Data.Loading;

namespace VixShield.Grid.Worker;

/// <summary>One <see cref="MarketContext"/> per dataset folder on a node, loaded once and shared read-only by every worker; thread-safe.</summary>
public sealed class TapeCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<MarketContext>>> _markets = new(StringComparer.Ordinal);
    private readonly Func<string, Task<MarketContext>> _load;

    /// <param name="load">Loads a dataset folder; defaults to the strict <see cref="TapeLoader"/> of the whole dataset.</param>
    public TapeCache(Func<string, Task<MarketContext>>? load = null) =>
        _load = load ?? (async path => new MarketContext((await TapeLoader.LoadAsync(path)).Tape));

    /// <summary>The dataset's market, loading it on first use; a failed load is forgotten so that a later call retries.</summary>
    public Task<MarketContext> GetAsync(string datasetPath)
    {
        string key = Path.GetFullPath(datasetPath);
        var lazy = _markets.GetOrAdd(key, k => new Lazy<Task<MarketContext>>(() => _load(k)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
            _markets.TryRemove(new KeyValuePair<string, Lazy<Task<MarketContext>>>(key, lazy));
        return task;
    }

    /// <summary>Datasets loaded (or loading) now.</summary>
    public int Count => _markets.Count;
}
