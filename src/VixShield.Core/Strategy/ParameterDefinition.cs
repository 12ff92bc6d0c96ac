using System.Globalization;

namespace VixShield.Core.Strategy;

/// <summary>One sweepable parameter: its dotted name, range, whether it may be <c>none</c>, and how to read and set it.</summary>
/// <remarks>Values travel as <c>double?</c> (null = none; enums as their index) so that sweeps can treat every axis alike.</remarks>
public sealed record ParameterDefinition(
    string Name,
    string Description,
    double Min,
    double Max,
    bool IsInteger,
    bool AllowsNone,
    Func<StrategyParameters, double?> Get,
    Func<StrategyParameters, double?, StrategyParameters> Set,
    IReadOnlyList<string>? Choices = null)
{
    /// <summary>Sets the parameter from text: a number, <c>none</c>, or one of <see cref="Choices"/>.</summary>
    public StrategyParameters Apply(StrategyParameters parameters, string text) => Apply(parameters, Parse(text));

    /// <summary>Sets the parameter to a value already parsed (null = none), checking its range.</summary>
    public StrategyParameters Apply(StrategyParameters parameters, double? value)
    {
        CheckValue(value);
        return Set(parameters, value);
    }

    public double? Parse(string text)
    {
        text = text.Trim();
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            if (!AllowsNone)
                throw new ParameterException(Name, "cannot be none");
            return null;
        }

        if (Choices is not null)
        {
            int index = Choices.ToList().FindIndex(c => c.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                throw new ParameterException(Name, $"\"{text}\" is not one of {string.Join(", ", Choices)}");
            return index;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            throw new ParameterException(Name, $"\"{text}\" is not a number{(AllowsNone ? " or none" : "")}");
        return value;
    }

    /// <summary>Formats a value the way a sweep file or <c>--set</c> would write it.</summary>
    public string Format(double? value) =>
        value is null ? "none"
        : Choices is not null ? Choices[(int)value.Value]
        : value.Value.ToString(CultureInfo.InvariantCulture);

    internal void Check(StrategyParameters parameters) => CheckValue(Get(parameters));

    private void CheckValue(double? value)
    {
        if (value is null)
        {
            if (!AllowsNone)
                throw new ParameterException(Name, "cannot be none");
            return;
        }

        double v = value.Value;
        if (!double.IsFinite(v))
            throw new ParameterException(Name, $"{v} is not a finite number");
        if (IsInteger && v != Math.Floor(v))
            throw new ParameterException(Name, $"{Format(v)} must be a whole number");
        if (v < Min || v > Max)
            throw new ParameterException(Name, $"{Format(v)} is outside its range {Format(Min)}..{Format(Max)}");
    }
}
