namespace VixShield.Grid.Persistence;

/// <summary>Where the coordinator's journal and snapshots live: a SQLite file (embedded default) or a PostgreSQL database (clusters).</summary>
/// <param name="Provider">The linq2db provider name Akka.Persistence.Sql uses.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
public sealed record JournalOptions(string Provider, string ConnectionString)
{
    public const string SqliteProvider = "SQLite.MS";
    public const string PostgresProvider = "PostgreSQL15";

    /// <summary>A SQLite file, created on first use.</summary>
    public static JournalOptions Sqlite(string databasePath) => new(SqliteProvider, $"Data Source={Path.GetFullPath(databasePath)}");

    public static JournalOptions Postgres(string connectionString) => new(PostgresProvider, connectionString);

    public bool IsSqlite => Provider == SqliteProvider;

    /// <summary>
    /// Journal rows per INSERT statement. SQLite binds parameters by name and finds each name by a linear search of
    /// the statement's names, so a thousand-row statement spent most of its time comparing names; 25 rows (about 250
    /// parameters) cost the least in <c>bench coordinator</c>. PostgreSQL's parameters are positional: the plugin's 1,000.
    /// </summary>
    public int RowsPerStatement => IsSqlite ? 25 : 1000;

    /// <summary>The SQLite database file; null for PostgreSQL.</summary>
    public string? SqliteFile => IsSqlite ? ConnectionString["Data Source=".Length..] : null;

    /// <summary>Reads the <c>--journal</c> value: <c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>.</summary>
    /// <exception cref="FormatException">Neither form, with a message that says which forms exist.</exception>
    public static JournalOptions Parse(string value)
    {
        const string sqlite = "sqlite:", postgres = "postgres:";
        if (value.StartsWith(sqlite, StringComparison.OrdinalIgnoreCase) && value.Length > sqlite.Length)
            return Sqlite(value[sqlite.Length..]);
        if (value.StartsWith(postgres, StringComparison.OrdinalIgnoreCase) && value.Length > postgres.Length)
            return Postgres(value[postgres.Length..]);
        throw new FormatException($"'{WithoutPassword(value)}' is not a journal: use sqlite:PATH or postgres:CONNECTION-STRING (e.g. postgres:Host=db;Database=vixshield;Username=grid)");
    }

    /// <summary>For logs: a PostgreSQL connection string may hold a password, so that part is left out.</summary>
    public override string ToString() =>
        IsSqlite ? $"sqlite:{SqliteFile}" : $"postgres:{WithoutPassword(ConnectionString)}";

    /// <summary>Masks every <c>Password=...</c> (any case, also right after a <c>postgres:</c> prefix).</summary>
    private static string WithoutPassword(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, @"(?i)(?<=^|[;:])\s*(password|pwd)\s*=[^;]*", "Password=***");
}
