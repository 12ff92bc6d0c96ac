using System.Globalization;
using System.Text.RegularExpressions;
using VixShield.Core.Strategy;

namespace VixShield.Sweeps.Axes;

/// <summary>Reads <c>uniform(a, b)</c>, <c>loguniform(a, b)</c>, <c>normal(mu, sigma)</c> and <c>choice(a, b, ...)</c> for one parameter.</summary>
public static partial class DistributionParser
{
    /// <summary>Parses and checks against the parameter's range; throws <see cref="SweepException"/> or <see cref="ParameterException"/>.</summary>
    public static Distribution Parse(string text, ParameterDefinition parameter)
    {
        var match = Call().Match(text.Trim());
        if (!match.Success)
            throw new SweepException(parameter.Name, $"\"{text}\" is not a distribution; write uniform(a, b), loguniform(a, b), normal(mu, sigma) or choice(a, b, ...)");
        string name = match.Groups[1].Value.ToLowerInvariant();
        string[] args = match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries);
        string shown = $"{name}({string.Join(", ", args)})";
        switch (name)
        {
            case "uniform":
            {
                var (low, high) = Bounds(parameter, name, args);
                return new UniformDistribution(shown, low, high, parameter.IsInteger);
            }

            case "loguniform":
            {
                var (low, high) = Bounds(parameter, name, args);
                if (low <= 0)
                    throw new SweepException(parameter.Name, $"loguniform needs a lower bound above 0, not {Format(low)}");
                return new LogUniformDistribution(shown, low, high);
            }

            case "normal":
            {
                var (mean, deviation) = Pair(parameter, name, args);
                parameter.Apply(StrategyParameters.Default, parameter.IsInteger ? Math.Round(mean, MidpointRounding.AwayFromZero) : mean);
                if (!(deviation > 0))
                    throw new SweepException(parameter.Name, $"normal needs sigma above 0, not {Format(deviation)}");
                return new NormalDistribution(shown, mean, deviation);
            }

            case "choice":
            {
                if (args.Length == 0 || args.Any(a => a.Length == 0))
                    throw new SweepException(parameter.Name, "choice needs at least one value, separated by commas");
                return new ChoiceDistribution(shown, args.Select(a => CheckedValue(parameter, a)).ToArray());
            }

            default:
                throw new SweepException(parameter.Name, $"unknown distribution {name}; use uniform, loguniform, normal or choice");
        }
    }

    private static double? CheckedValue(ParameterDefinition parameter, string text)
    {
        double? value = parameter.Parse(text);
        parameter.Apply(StrategyParameters.Default, value);
        return value;
    }

    private static (double Low, double High) Bounds(ParameterDefinition parameter, string name, string[] args)
    {
        var (low, high) = Pair(parameter, name, args);
        if (!(low < high))
            throw new SweepException(parameter.Name, $"{name} needs a below b, not {Format(low)} and {Format(high)}");
        parameter.Apply(StrategyParameters.Default, low);
        parameter.Apply(StrategyParameters.Default, high);
        return (low, high);
    }

    private static (double First, double Second) Pair(ParameterDefinition parameter, string name, string[] args)
    {
        if (args.Length != 2)
            throw new SweepException(parameter.Name, $"{name} takes two numbers, not {args.Length}");
        return (Number(parameter, name, args[0]), Number(parameter, name, args[1]));
    }

    private static double Number(ParameterDefinition parameter, string name, string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new SweepException(parameter.Name, $"{name}: \"{text}\" is not a number");
        return value;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([A-Za-z_]+)\s*\((.*)\)$")]
    private static partial Regex Call();
}
