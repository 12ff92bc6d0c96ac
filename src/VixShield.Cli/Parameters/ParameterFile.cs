using VixShield.Core.Strategy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VixShield.Cli.Parameters;

/// <summary>
/// A YAML file of strategy parameters by their dotted names, flat (<c>entry.wing_width: 75</c>) or nested
/// (<c>entry: { wing_width: 75 }</c>); <c>none</c> turns a rule off.
/// </summary>
internal static class ParameterFile
{
    /// <summary>Applies the file's values over <paramref name="parameters"/>; a bad key or value is a <see cref="ParameterException"/> naming the file.</summary>
    public static StrategyParameters Apply(StrategyParameters parameters, string path)
    {
        string shown = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ParameterException(shown, "file not found");
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ParameterException(shown, $"line {e.Start.Line}: {e.Message}");
        }

        if (yaml.Documents.Count == 0)
            return parameters;
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new ParameterException(shown, "expected a mapping of parameter names to values");
        foreach (var (name, value, line) in Flatten(root, ""))
        {
            try
            {
                parameters = parameters.With(name, value);
            }
            catch (ParameterException e)
            {
                throw new ParameterException($"{shown} line {line}", e.Message);
            }
        }

        return parameters;
    }

    private static IEnumerable<(string Name, string Value, long Line)> Flatten(YamlMappingNode mapping, string prefix)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    yield return (key, scalar.Value ?? "none", keyNode.Start.Line);
                    break;
                case YamlMappingNode nested:
                    foreach (var item in Flatten(nested, key + "."))
                        yield return item;
                    break;
                default:
                    throw new ParameterException(key, $"line {keyNode.Start.Line}: expected a single value");
            }
        }
    }
}
