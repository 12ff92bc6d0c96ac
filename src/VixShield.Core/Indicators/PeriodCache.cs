using System.Collections.Concurrent;

namespace VixShield.Core.Indicators;

/// <summary>Computes a per-period indicator at most once, however many backtests ask for it at the same time.</summary>
internal sealed class PeriodCache<T>(Func<int, T> compute)
    where T : class
{
    private readonly ConcurrentDictionary<int, Lazy<T>> _byPeriod = new();

    // GetOrAdd alone may run a factory twice under a race; the Lazy it stores runs the computation once.
    public T Get(int period) =>
        _byPeriod.GetOrAdd(period, static (p, f) => new Lazy<T>(() => f(p), LazyThreadSafetyMode.ExecutionAndPublication), compute).Value;
}
