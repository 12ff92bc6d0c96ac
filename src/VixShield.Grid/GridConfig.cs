using Akka.Configuration;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Persistence;
using VixShield.Grid.Serialization;

namespace VixShield.Grid;

/// <summary>HOCON for a Grid actor system: the JSON serializer bound to <see cref="IGridMessage"/>, and SQL persistence (journal, snapshots, read side).</summary>
public static class GridConfig
{
    /// <summary>Binds <see cref="GridJsonSerializer"/> to every Grid message, event and snapshot.</summary>
    public static Config Serialization { get; } = ConfigurationFactory.ParseString($$"""
        akka.actor {
          serializers { vixshield-grid = "{{Name(typeof(GridJsonSerializer))}}" }
          serialization-bindings { "{{Name(typeof(IGridMessage))}}" = vixshield-grid }
          serialization-identifiers { "{{Name(typeof(GridJsonSerializer))}}" = {{GridJsonSerializer.SerializerId}} }
        }
        """);

    /// <summary>Journal and snapshot store in one SQLite file (tables created on first use), plus <see cref="Serialization"/>.</summary>
    public static Config SqlitePersistence(string databasePath) => Persistence(JournalOptions.Sqlite(databasePath));

    /// <summary>
    /// Journal, snapshot store and read journal on one database (tables created on first use), results tagged by sweep
    /// (<see cref="ResultTagging"/>), plus <see cref="Serialization"/>. The write batch is raised from the plugin's 100
    /// because the coordinator writes many small events and a local database takes large batches well. Rows go in as
    /// parameters, not the plugin's default of SQL literals: a unit's results are hundreds of kilobytes, and as literals
    /// every byte was written out as hex, parsed back by the database and collected as large strings (3× slower for
    /// 1,000-set units, see the Grid README); <see cref="JournalOptions.RowsPerStatement"/> keeps SQLite's lookup of
    /// named parameters, linear per parameter, from turning quadratic.
    /// </summary>
    public static Config Persistence(JournalOptions journal)
    {
        string connection = Quoted(journal.ConnectionString), provider = Quoted(journal.Provider);
        return ConfigurationFactory.ParseString($$"""
            akka.persistence {
              journal {
                plugin = "akka.persistence.journal.sql"
                sql {
                  connection-string = {{connection}}
                  provider-name = {{provider}}
                  auto-initialize = true
                  batch-size = 1000
                  max-message-batch-size = 4000
                  prefer-parameters-on-multirow-insert = true
                  db-round-trip-max-batch-size = {{journal.RowsPerStatement}}
                  tag-write-mode = Csv
                  event-adapters { result-tagging = "{{Name(typeof(ResultTagging))}}" }
                  event-adapter-bindings { "{{Name(typeof(UnitCompleted))}}" = result-tagging }
                }
              }
              snapshot-store {
                plugin = "akka.persistence.snapshot-store.sql"
                sql { connection-string = {{connection}}, provider-name = {{provider}}, auto-initialize = true }
              }
              query.journal.sql { connection-string = {{connection}}, provider-name = {{provider}}, tag-read-mode = Csv }
            }
            """).WithFallback(Serialization).WithFallback(Akka.Persistence.Sql.SqlPersistence.DefaultConfiguration);
    }

    private static string Name(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>A HOCON string literal (connection strings hold '=' and ';').</summary>
    private static string Quoted(string value) => $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
