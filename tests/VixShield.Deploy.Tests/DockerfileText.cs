using System.Text.Json;

namespace VixShield.Deploy.Tests;

/// <summary>A Dockerfile read into instructions (continuation lines joined, comments dropped), enough for the checks here.</summary>
internal sealed record DockerfileText(IReadOnlyList<DockerInstruction> Instructions)
{
    public static DockerfileText Load(string path)
    {
        var instructions = new List<DockerInstruction>();
        string? pending = null;
        int startLine = 0;
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (pending is null && (line.TrimStart().StartsWith('#') || line.Trim().Length == 0))
                continue;
            if (pending is not null && line.TrimStart().StartsWith('#'))
                continue;
            if (pending is null)
                startLine = i + 1;
            string text = line.TrimEnd();
            bool continues = text.EndsWith('\\');
            pending = pending is null ? text.TrimEnd('\\') : pending + " " + text.TrimEnd('\\').Trim();
            if (continues)
                continue;
            int space = pending.IndexOfAny([' ', '\t']);
            instructions.Add(new DockerInstruction(startLine, pending[..space].ToUpperInvariant(), pending[(space + 1)..].Trim()));
            pending = null;
        }

        return new DockerfileText(instructions);
    }

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>The variables ENV instructions set (NAME=VALUE form), in order; later ones win.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in All("ENV"))
        {
            foreach (string pair in env.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf('=');
                Assert.True(equals > 0, $"Dockerfile line {env.Line}: ENV {pair} is not NAME=VALUE (the legacy 'ENV NAME VALUE' form is not used here)");
                result[pair[..equals]] = pair[(equals + 1)..].Trim('"');
            }
        }

        return result;
    }
}

/// <summary>One instruction: its first line, keyword (upper case) and the rest.</summary>
internal sealed record DockerInstruction(int Line, string Keyword, string Arguments)
{
    /// <summary>The exec (JSON array) form's elements, after any --flag=value options (as HEALTHCHECK has).</summary>
    public IReadOnlyList<string> ExecForm()
    {
        int bracket = Arguments.IndexOf('[');
        Assert.True(bracket >= 0, $"Dockerfile line {Line}: {Keyword} is not in exec form: {Arguments}");
        return JsonSerializer.Deserialize<string[]>(Arguments[bracket..]) ?? [];
    }
}
