using VixShield.Core.Strategy;
using YamlDotNet.RepresentationModel;

namespace VixShield.Sweeps.Reading;

/// <summary>Reads <c>base:</c>, parameter values flat (<c>entry.wing_width: 75</c>) or nested (<c>entry: { wing_width: 75 }</c>), over the defaults.</summary>
internal static class BaseReader
{
    public static StrategyParameters Read(YamlNode node, KeyLines lines, ISet<string> named)
    {
        if (node is not YamlMappingNode mapping)
            throw new SweepException("base", "expected a mapping of parameter names to values");
        var parameters = StrategyParameters.Default;
        foreach (var (name, value) in Flatten(mapping, "", lines))
        {
            named.Add(name);
            try
            {
                parameters = parameters.With(name, Scalars.Text(value, $"base.{name}"));
            }
            catch (ParameterException e)
            {
                throw new SweepException($"base.{name}", Problem(e));
            }
        }

        try
        {
            return parameters.Validate();
        }
        catch (ParameterException e)
        {
            throw new SweepException($"base.{e.Parameter}", Problem(e));
        }
    }

    /// <summary>The problem part of a <see cref="ParameterException"/>, without its leading parameter name.</summary>
    public static string Problem(ParameterException e) =>
        e.Message.StartsWith(e.Parameter + ": ", StringComparison.Ordinal) ? e.Message[(e.Parameter.Length + 2)..] : e.Message;

    private static IEnumerable<(string Name, YamlNode Value)> Flatten(YamlMappingNode mapping, string prefix, KeyLines lines)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string name = prefix + Scalars.RequiredText(keyNode, $"base.{prefix}");
            lines.Note($"base.{name}", keyNode.Start.Line);
            if (valueNode is YamlMappingNode nested && !ParameterCatalog.Exists(name))
            {
                foreach (var item in Flatten(nested, name + ".", lines))
                    yield return item;
            }
            else
            {
                yield return (name, valueNode);
            }
        }
    }
}
