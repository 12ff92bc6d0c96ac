using System.Text.RegularExpressions;

namespace VixShield.Deploy.Tests;

/// <summary>
/// A vixshield command's options as its own <c>--help</c> lists them (the real executable, built beside the tests),
/// with the environment variable each option falls back to where the help names one (<c>[env NAME ...]</c>).
/// </summary>
public sealed partial record CommandHelp(string Command, bool Exists, IReadOnlySet<string> Options, IReadOnlyDictionary<string, string> EnvironmentOf, string Text)
{
    /// <summary>The commands the deployment files run; the fixture asks each for its help.</summary>
    public static IReadOnlyList<string> Deployed { get; } = ["node", "submit", "data generate"];

    public static CommandHelp Parse(string command, string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int usage = Array.FindIndex(lines, l => l.Trim() == "Usage:");
        // An unknown command answers with the root's help, whose usage line is "vixshield [command] [options]".
        bool exists = usage >= 0 && usage + 1 < lines.Length && lines[usage + 1].Trim().StartsWith($"vixshield {command}", StringComparison.Ordinal)
            && (lines[usage + 1].Trim().Length == $"vixshield {command}".Length || lines[usage + 1].Trim()[$"vixshield {command}".Length] == ' ');
        var options = new SortedSet<string>(StringComparer.Ordinal);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (exists)
        {
            int start = Array.FindIndex(lines, l => l.Trim() == "Options:");
            for (int i = start + 1; start >= 0 && i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var match = OptionLine().Match(lines[i]);
                if (!match.Success)
                    continue;
                string[] names = match.Groups["names"].Value.Split(", ", StringSplitOptions.TrimEntries);
                foreach (string name in names.Where(n => n.StartsWith("--", StringComparison.Ordinal)))
                {
                    options.Add(name);
                    if (EnvHint().Match(lines[i]) is { Success: true } env)
                        environment[name] = env.Groups["name"].Value;
                }
            }
        }

        return new CommandHelp(command, exists, options, environment, text);
    }

    [GeneratedRegex(@"^\s{2}(?<names>-[^\s,]+(?:,\s*-[^\s,]+)*)")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"\[env (?<name>[A-Z][A-Z0-9_]*)")]
    private static partial Regex EnvHint();
}
