using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace VixShield.Cli.Commands;

/// <summary>Option shapes shared by several commands, so that they parse and read alike everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>A <c>yyyy-mm-dd</c> date option; anything else is a usage error naming the option.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (yyyy-mm-dd)",
        CustomParser = Parse,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write one JSON object to standard output instead of a table" };

    public static Option<bool> Lenient() => new("--lenient") { Description = "Drop bad rows and report how many of each kind, instead of failing on the first" };

    /// <summary><c>--to http://HOST:PORT</c>: the grid's HTTP API (a coordinator node); anything but an http(s) address is a usage error.</summary>
    public static Option<Uri> GridUrl() => new("--to")
    {
        Description = "The grid's HTTP API, e.g. http://coordinator:8080",
        Required = true,
        CustomParser = ParseGridUrl,
    };

    public static Option<FileInfo?> TokenFile() => new("--token-file")
    {
        Description = "File holding the grid's API token (default: the VIXSHIELD_API_TOKEN environment variable, if set)",
    };

    private static Uri? ParseGridUrl(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri;
        result.AddError($"--to: \"{text}\" is not an http:// or https:// address (e.g. http://coordinator:8080)");
        return null;
    }

    private static DateOnly? Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"{(result.Parent as OptionResult)?.Option.Name ?? "date"}: \"{text}\" is not a date in yyyy-mm-dd form");
        return null;
    }
}
