using Akka.Configuration;
using VixShield.Grid.Serialization;

namespace VixShield.Grid;

/// <summary>HOCON for a Grid actor system: the JSON serializer bound to <see cref="IGridMessage"/>, and SQL persistence on SQLite.</summary>
public static class GridConfig
{
    /// <summary>Binds <see cref="GridJsonSerializer"/> to every Grid message, event and snapshot.</summary>
    public static Config Serialization { get; } = ConfigurationFactory.ParseString($$"""
        akka.actor {
          serializers { vixshield-grid = "{{typeof(GridJsonSerializer).AssemblyQualifiedNameShort()}}" }
          serialization-bindings { "{{typeof(IGridMessage).AssemblyQualifiedNameShort()}}" = vixshield-grid }
          serialization-identifiers { "{{typeof(GridJsonSerializer).AssemblyQualifiedNameShort()}}" = {{GridJsonSerializer.SerializerId}} }
        }
        """);

    /// <summary>Journal and snapshot store in one SQLite file (tables created on first use), plus <see cref="Serialization"/>.</summary>
    public static Config SqlitePersistence(string databasePath)
    {
        string connection = $"Data Source={Path.GetFullPath(databasePath)}";
        return ConfigurationFactory.ParseString($$"""
            akka.persistence {
              journal {
                plugin = "akka.persistence.journal.sql"
                sql { connection-string = "{{connection}}", provider-name = "SQLite.MS", auto-initialize = true }
              }
              snapshot-store {
                plugin = "akka.persistence.snapshot-store.sql"
                sql { connection-string = "{{connection}}", provider-name = "SQLite.MS", auto-initialize = true }
              }
            }
            """).WithFallback(Serialization).WithFallback(Akka.Persistence.Sql.SqlPersistence.DefaultConfiguration);
    }

    private static string AssemblyQualifiedNameShort(this Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
