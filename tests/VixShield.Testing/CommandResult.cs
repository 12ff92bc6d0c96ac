namespace VixShield.Testing;

/// <summary>What a finished command printed and how it exited; <see cref="ToString"/> reads well inside an exception message.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"$ {CommandLine}\n(exit {ExitCode})\n{Output.TrimEnd()}";
}
