using VixShield.Core.Strategy;
using VixShield.Sweeps.OutOfSample;
using VixShield.Sweeps.Ranking;

namespace VixShield.Sweeps;

/// <summary>A validated sweep file: what to run (the grid over the base), on which data and period, and how to rank the results.</summary>
/// <param name="DataPath">Absolute dataset folder (a relative <c>data:</c> resolves against the sweep file's folder); not checked to exist here.</param>
/// <param name="From">First day of the backtest period, null = the dataset's first.</param>
/// <param name="To">Last day of the backtest period, null = the dataset's last.</param>
/// <param name="Capital">Starting capital, dollars.</param>
/// <param name="Base">The defaults with the file's <c>base</c> applied, validated.</param>
/// <param name="SourcePath">Absolute path of the sweep file.</param>
/// <param name="SourceText">The file exactly as read, for reports.</param>
public sealed record SweepDefinition(
    string Name,
    string DataPath,
    DateOnly? From,
    DateOnly? To,
    double Capital,
    StrategyParameters Base,
    ParameterGrid Grid,
    long Samples,
    ulong Seed,
    RankBy RankBy,
    IReadOnlyList<Constraint> Constraints,
    string SourcePath,
    string SourceText)
{
    /// <summary>The file's <c>walk_forward</c>, or null: then no set is run on in-sample windows.</summary>
    public WalkForwardSpec? WalkForward { get; init; }
}
