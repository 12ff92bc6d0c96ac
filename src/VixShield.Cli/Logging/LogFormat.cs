namespace VixShield.Cli.Logging;

/// <summary>How a node writes its log: readable lines for a terminal, one compact JSON object per event for a cluster's log collector.</summary>
public enum LogFormat
{
    Text,
    Json,
}
