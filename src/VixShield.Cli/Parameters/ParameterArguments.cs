using System.CommandLine;
using VixShield.Core.Strategy;

namespace VixShield.Cli.Parameters;

/// <summary>The <c>--params FILE</c> and <c>--set name=value</c> options, shared by every command that runs the strategy.</summary>
internal sealed class ParameterArguments
{
    public Option<FileInfo?> File { get; } = new("--params") { Description = "YAML file of parameters by dotted name (entry.wing_width: 75)" };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override one parameter: name=value (none turns a rule off); repeatable" };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Set);
    }

    /// <summary>Defaults, then the file, then each <c>--set</c> in order; validated.</summary>
    public StrategyParameters Read(ParseResult parse)
    {
        var p = StrategyParameters.Default;
        if (parse.GetValue(File) is { } file)
            p = ParameterFile.Apply(p, file.FullName);
        foreach (string assignment in parse.GetValue(Set) ?? [])
        {
            int eq = assignment.IndexOf('=');
            if (eq <= 0)
                throw new ParameterException(assignment, "--set takes name=value");
            p = p.With(assignment[..eq].Trim(), assignment[(eq + 1)..]);
        }

        return p.Validate();
    }
}
