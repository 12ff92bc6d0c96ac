namespace VixShield.Core.Strategy;

/// <summary>A bad parameter name or value: the message names the parameter and what is wrong, on one line.</summary>
public sealed class ParameterException : Exception
{
    public ParameterException(string parameter, string problem)
        : base($"{parameter}: {problem}")
    {
        Parameter = parameter;
    }

    public string Parameter { get; }
}
