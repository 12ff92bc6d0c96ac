namespace VixShield.Data.Loading;

/// <summary>What a load read, kept and dropped (drops only in lenient mode), per file family and kind of problem.</summary>
public sealed class LoadReport
{
    private readonly Dictionary<(string Family, QuoteProblem Problem), long> _dropped = new();

    public long SeriesRows { get; internal set; }

    public long SpxOptionRows { get; internal set; }

    public long VixFutureRows { get; internal set; }

    public long VixOptionRows { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Dropped rows by file family (series, spx_options, vix_futures, vix_options) and problem.</summary>
    public IReadOnlyDictionary<(string Family, QuoteProblem Problem), long> Dropped => _dropped;

    public long DroppedTotal => _dropped.Values.Sum();

    internal void AddDropped(string family, QuoteProblem problem, long count)
    {
        if (count == 0)
            return;
        lock (_dropped)
        {
            _dropped[(family, problem)] = _dropped.GetValueOrDefault((family, problem)) + count;
        }
    }
}
