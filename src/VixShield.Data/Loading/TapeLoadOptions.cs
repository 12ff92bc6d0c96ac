namespace VixShield.Data.Loading;

/// <summary>What part of a dataset to load and how strictly.</summary>
/// <param name="From">First snapshot date to load (inclusive), or the dataset's first.</param>
/// <param name="To">Last snapshot date to load (inclusive), or the dataset's last.</param>
/// <param name="Lenient">Drop bad rows and count them instead of failing on the first one.</param>
/// <param name="MaxDegreeOfParallelism">Row groups decoded at once; defaults to the core count.</param>
/// <param name="Greeks">Also load gamma, theta and vega. The engine reads only bid, ask, IV and delta, so a columnar load skips them by default.</param>
public sealed record TapeLoadOptions(DateOnly? From = null, DateOnly? To = null, bool Lenient = false, int MaxDegreeOfParallelism = 0, bool Greeks = false)
{
    public static TapeLoadOptions Strict { get; } = new();

    internal int FromCode => From is { } d ? Core.Market.DateCode.FromDate(d) : int.MinValue;

    internal int ToCode => To is { } d ? Core.Market.DateCode.FromDate(d) : int.MaxValue;

    internal int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;
}
