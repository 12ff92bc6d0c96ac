using VixShield.Core.Engine;
using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;
using VixShield.Sweeps.OutOfSample;
using VixShield.Sweeps.Ranking;
using VixShield.Sweeps.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VixShield.Sweeps;

/// <summary>Reads and validates a sweep file (see README.md) before anything runs; every mistake is one <see cref="SweepException"/> line.</summary>
public static class SweepFile
{
    private static readonly string[] TopKeys = ["name", "data", "period", "capital", "base", "grid", "samples", "seed", "rank_by", "constraints", "walk_forward"];
    private static readonly string[] PeriodKeys = ["from", "to"];
    private static readonly string[] WalkForwardKeys = ["in_sample_years", "out_of_sample_years"];

    public static SweepDefinition Load(string path)
    {
        string fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new SweepException(null, null, Path.GetFileName(fullPath), "sweep file not found");
        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    /// <summary>Reads sweep-file text as if it lived at <paramref name="path"/> (which names it in errors and anchors <c>data:</c>).</summary>
    public static SweepDefinition Parse(string text, string path)
    {
        string fullPath = Path.GetFullPath(path);
        string shown = Path.GetFileName(fullPath);
        var lines = new KeyLines();
        try
        {
            return Read(Root(text, shown), text, fullPath, lines);
        }
        catch (SweepException e) when (e.File is null)
        {
            throw e.At(shown, lines.LineOf(e.Key));
        }
    }

    private static YamlMappingNode? Root(string text, string shown)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new SweepException(shown, e.Start.Line, "yaml", OneLine(e.InnerException?.Message ?? e.Message));
        }

        if (yaml.Documents.Count == 0)
            return null;
        return yaml.Documents[0].RootNode as YamlMappingNode
            ?? throw new SweepException(shown, yaml.Documents[0].RootNode.Start.Line, "sweep", "expected a mapping of keys (name, data, grid, ...)");
    }

    private static SweepDefinition Read(YamlMappingNode? root, string text, string fullPath, KeyLines lines)
    {
        var nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            string key = Scalars.RequiredText(keyNode, "sweep");
            lines.Note(key, keyNode.Start.Line);
            if (!TopKeys.Contains(key))
                throw new SweepException(key, $"unknown key; {ClosestNames.Hint(key, TopKeys)}");
            nodes[key] = valueNode;
        }

        string name = Scalars.RequiredText(Required(nodes, "name", "every sweep names itself"), "name");
        string data = Scalars.RequiredText(Required(nodes, "data", "the dataset folder to replay"), "data");
        string dataPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, data));
        var (from, to) = nodes.TryGetValue("period", out var period) ? Period(period, lines) : (null, null);
        double capital = nodes.TryGetValue("capital", out var c) ? Scalars.Double(c, "capital") : BacktestOptions.Default.StartingCapital;
        if (!(capital > 0))
            throw new SweepException("capital", $"{capital} must be above 0");

        var named = new HashSet<string>(StringComparer.Ordinal);
        var baseParameters = nodes.TryGetValue("base", out var b) ? BaseReader.Read(b, lines, named) : StrategyParameters.Default;
        var axes = nodes.TryGetValue("grid", out var g) ? GridReader.Read(g, lines, text) : [];
        var inBase = axes.FirstOrDefault(a => named.Contains(a.Name));
        if (inBase is not null)
            throw new SweepException($"grid.{inBase.Name}", "also set in base; set it in one place (base or grid)");

        long samples = nodes.TryGetValue("samples", out var s) ? Scalars.WholeNumber(s, "samples") : 0;
        ulong seed = nodes.TryGetValue("seed", out var sd) ? Seed(sd) : 1;
        var grid = new ParameterGrid(baseParameters, axes, samples, seed);
        var rankBy = nodes.TryGetValue("rank_by", out var r) ? RankBy.Parse(Scalars.RequiredText(r, "rank_by")) : RankBy.Default;
        var constraints = nodes.TryGetValue("constraints", out var cs) ? Constraints(cs) : [];
        var walkForward = nodes.TryGetValue("walk_forward", out var wf) ? WalkForward(wf, lines) : null;
        return new SweepDefinition(name, dataPath, from, to, capital, baseParameters, grid, samples, seed, rankBy,
            Array.AsReadOnly(constraints), fullPath, text) { WalkForward = walkForward };
    }

    private static YamlNode Required(Dictionary<string, YamlNode> nodes, string key, string what) =>
        nodes.TryGetValue(key, out var node) ? node : throw new SweepException(key, $"missing; {what} ({key}: ...)");

    private static (DateOnly? From, DateOnly? To) Period(YamlNode node, KeyLines lines)
    {
        if (node is not YamlMappingNode mapping)
            throw new SweepException("period", "expected { from: yyyy-mm-dd, to: yyyy-mm-dd }");
        DateOnly? from = null, to = null;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = Scalars.RequiredText(keyNode, "period");
            lines.Note($"period.{key}", keyNode.Start.Line);
            if (key == "from") from = Scalars.Date(valueNode, "period.from");
            else if (key == "to") to = Scalars.Date(valueNode, "period.to");
            else throw new SweepException($"period.{key}", $"unknown key; {ClosestNames.Hint(key, PeriodKeys)}");
        }

        if (from > to)
            throw new SweepException("period", $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        return (from, to);
    }

    private static WalkForwardSpec WalkForward(YamlNode node, KeyLines lines)
    {
        if (node is not YamlMappingNode mapping)
            throw new SweepException("walk_forward", "expected { in_sample_years: N, out_of_sample_years: M }");
        int? inSample = null, outOfSample = null;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = Scalars.RequiredText(keyNode, "walk_forward");
            string path = $"walk_forward.{key}";
            lines.Note(path, keyNode.Start.Line);
            if (!WalkForwardKeys.Contains(key))
                throw new SweepException(path, $"unknown key; {ClosestNames.Hint(key, WalkForwardKeys)}");
            long years = Scalars.WholeNumber(valueNode, path);
            if (years is < 1 or > 100)
                throw new SweepException(path, $"{years} must be a whole number of years from 1 to 100");
            if (key == "in_sample_years") inSample = (int)years;
            else outOfSample = (int)years;
        }

        foreach (var (value, key) in new[] { (inSample, "in_sample_years"), (outOfSample, "out_of_sample_years") })
        {
            if (value is null)
                throw new SweepException($"walk_forward.{key}", "missing; walk_forward needs both in_sample_years and out_of_sample_years");
        }

        return new WalkForwardSpec(inSample!.Value, outOfSample!.Value);
    }

    private static ulong Seed(YamlNode node)
    {
        long seed = Scalars.WholeNumber(node, "seed");
        return seed >= 0 ? (ulong)seed : throw new SweepException("seed", $"{seed} must be 0 or more");
    }

    private static Constraint[] Constraints(YamlNode node)
    {
        var items = node switch
        {
            YamlSequenceNode list => list.Children.ToList(),
            YamlScalarNode => [node],
            _ => throw new SweepException("constraints", "expected a list of \"metric op number\" strings"),
        };
        return items.Select(item =>
        {
            try
            {
                return Constraint.Parse(Scalars.RequiredText(item, "constraints"));
            }
            catch (SweepException e) when (e.File is null)
            {
                throw new SweepException(null, item.Start.Line, e.Key, e.Problem);
            }
        }).ToArray();
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
