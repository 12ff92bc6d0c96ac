namespace VixShield.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input (a dataset, a file, a parameter value): the one-line message says what and where.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong: unknown option, missing argument, unparsable value.</summary>
    public const int Usage = 2;

    /// <summary>A node's actor system ended without being asked to: the cluster removed it. A supervisor (Kubernetes) should restart it.</summary>
    public const int Downed = 3;

    /// <summary>Stopped by Ctrl-C.</summary>
    public const int Cancelled = 130;
}
