using System.Runtime.InteropServices;

namespace VixShield.Testing;

/// <summary>Where this machine's PostgreSQL server binaries are, and whether they must run as the postgres OS user.</summary>
public sealed record PostgresInstallation(string BinDirectory)
{
    /// <summary>Where Debian's postgresql packages put each major version's binaries.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    // Declared before Current: static initializers run in text order and Find() reads it.
    /// <summary>initdb refuses to run as root, so as root the server runs as the postgres OS user through runuser.</summary>
    public static bool IsRoot { get; } = OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>The newest installation found, or null; looked up once per process (installing mid-run is not a case to serve).</summary>
    public static PostgresInstallation? Current { get; } = Find();

    public static string UnavailableReason =>
        $"no PostgreSQL server binaries: neither {DebianRoot}/*/bin nor PATH has both initdb and pg_ctl" +
        (IsRoot && !File.Exists(RunUser) ? $", and {RunUser} (needed to run them as the postgres user) is missing" : "") +
        " (install Debian's 'postgresql' package; .ci/setup does)";

    public const string RunUser = "/usr/sbin/runuser";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    private static PostgresInstallation? Find()
    {
        if (!OperatingSystem.IsLinux() || (IsRoot && !File.Exists(RunUser)))
            return null;

        // Newest major version first: /usr/lib/postgresql/17/bin beats /usr/lib/postgresql/15/bin.
        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out int v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(c => c.Version >= 0 && HasServerTools(c.Bin))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Where(HasServerTools);

        string? bin = debian.Concat(onPath).FirstOrDefault();
        return bin is null ? null : new PostgresInstallation(bin);
    }

    private static bool HasServerTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    [DllImport("libc")]
    private static extern uint geteuid();
}
