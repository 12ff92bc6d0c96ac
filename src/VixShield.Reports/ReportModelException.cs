namespace VixShield.Reports;

/// <summary>A report model that cannot be drawn; the message is one line naming the member at fault (e.g. <c>Details[2].PageFileName</c>) and what is wrong.</summary>
public sealed class ReportModelException(string key, string problem) : Exception($"report model: {key}: {problem}")
{
    public string Key { get; } = key;
}
