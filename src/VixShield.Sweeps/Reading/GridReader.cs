using VixShield.Core.Strategy;
using VixShield.Sweeps.Axes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace VixShield.Sweeps.Reading;

/// <summary>
/// Reads <c>grid:</c>: each key a parameter (dotted, or nested under its section) whose value is a list, a range
/// <c>{from, to, step}</c> or <c>{ random: distribution }</c>.
/// </summary>
internal static class GridReader
{
    private static readonly string[] RangeKeys = ["from", "to", "step"];
    private static readonly string[] AxisKeys = ["from", "to", "step", "random"];

    public static IReadOnlyList<SweepAxis> Read(YamlNode node, KeyLines lines, string source)
    {
        if (node is YamlScalarNode scalar && (scalar.Value is null or "" or "~" or "null"))
            return [];
        if (node is not YamlMappingNode mapping)
            throw new SweepException("grid", "expected a mapping of parameter names to axes");
        var axes = new List<SweepAxis>();
        Read(mapping, "", lines, source, axes);
        return axes;
    }

    private static void Read(YamlMappingNode mapping, string prefix, KeyLines lines, string source, List<SweepAxis> axes)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string name = prefix + Scalars.RequiredText(keyNode, $"grid.{prefix}");
            string key = $"grid.{name}";
            lines.Note(key, keyNode.Start.Line);
            if (!ParameterCatalog.Exists(name) && valueNode is YamlMappingNode nested && !IsAxisShaped(nested))
            {
                Read(nested, name + ".", lines, source, axes);
                continue;
            }

            try
            {
                axes.Add(Axis(ParameterCatalog.Find(name), valueNode, key, lines, source));
            }
            catch (ParameterException e)
            {
                throw new SweepException(key, BaseReader.Problem(e));
            }
            catch (SweepException e) when (e.File is null && e.Key == name)
            {
                throw new SweepException(key, e.Problem);
            }
        }
    }

    private static SweepAxis Axis(ParameterDefinition parameter, YamlNode node, string key, KeyLines lines, string source) => node switch
    {
        YamlSequenceNode list => new ValueListAxis(parameter, list.Children.Select(v => parameter.Parse(Scalars.Text(v, key)))),
        YamlMappingNode { Style: MappingStyle.Flow } spec when UnquotedRandom(spec, source) is { } text =>
            new RandomAxis(parameter, DistributionParser.Parse(text, parameter)),
        YamlMappingNode spec => Spec(parameter, spec, key, lines),
        _ => throw new SweepException(key, "expected a list [a, b, ...], a range { from, to, step } or { random: distribution }; a single value belongs in base"),
    };

    private static SweepAxis Spec(ParameterDefinition parameter, YamlMappingNode spec, string key, KeyLines lines)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in spec.Children)
        {
            string field = Scalars.RequiredText(k, key);
            lines.Note($"{key}.{field}", k.Start.Line);
            if (!AxisKeys.Contains(field))
                throw new SweepException($"{key}.{field}", $"unknown key; {ClosestNames.Hint(field, AxisKeys)}");
            values[field] = v;
        }

        if (values.TryGetValue("random", out var distribution))
        {
            if (values.Count > 1)
                throw new SweepException(key, "a random axis takes only random:, not from/to/step");
            return new RandomAxis(parameter, DistributionParser.Parse(Scalars.RequiredText(distribution, $"{key}.random"), parameter));
        }

        var missing = RangeKeys.Where(k => !values.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new SweepException(key, $"a range needs from, to and step; {string.Join(" and ", missing)} missing");
        return new RangeAxis(parameter,
            Scalars.Decimal(values["from"], $"{key}.from"),
            Scalars.Decimal(values["to"], $"{key}.to"),
            Scalars.Decimal(values["step"], $"{key}.step"));
    }

    /// <summary>
    /// <c>{ random: uniform(0.9, 1.1) }</c> unquoted: YAML splits a flow mapping at the comma, so the distribution is
    /// the raw text from the value to the closing brace.
    /// </summary>
    private static string? UnquotedRandom(YamlMappingNode spec, string source)
    {
        var first = spec.Children.FirstOrDefault();
        if (first.Key is not YamlScalarNode { Value: "random" } || first.Value is not YamlScalarNode { Style: ScalarStyle.Plain } value)
            return null;
        // The mapping node carries no end mark; its closing brace is the first one after its last key or value.
        int start = (int)value.Start.Index;
        int last = (int)spec.Children.Max(c => Math.Max(c.Key.End.Index, c.Value.End.Index));
        int brace = start >= 0 && last >= start && last <= source.Length ? source.IndexOf('}', last) : -1;
        return brace < 0 ? null : source[start..brace].Trim();
    }

    private static bool IsAxisShaped(YamlMappingNode mapping) =>
        mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: { } v } && AxisKeys.Contains(v));
}
