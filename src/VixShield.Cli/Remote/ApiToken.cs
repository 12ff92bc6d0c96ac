namespace VixShield.Cli.Remote;

/// <summary>The grid's API token: from <c>--token-file</c>, else from <c>VIXSHIELD_API_TOKEN</c>, else none. A file keeps it out of the shell's history and the process list.</summary>
internal static class ApiToken
{
    public const string Variable = "VIXSHIELD_API_TOKEN";

    public static string? Read(FileInfo? file)
    {
        if (file is null)
            return Environment.GetEnvironmentVariable(Variable)?.Trim() is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (!file.Exists)
            throw new GridApiException($"token file {file.FullName} not found");
        string token = File.ReadAllText(file.FullName).Trim();
        return token.Length > 0 ? token : throw new GridApiException($"token file {file.FullName} is empty");
    }
}
