using Portal.Modules.Infrastructure;

namespace Portal.Modules.Backup.Engines;

/// <summary>How one database engine is saved into an archive entry and put back from it.</summary>
internal interface IDatabaseEngine
{
    /// <summary>The archive entry holding the database.</summary>
    string EntryName { get; }

    /// <summary>Writes a consistent copy of the live database to <paramref name="file"/>; returns its last applied migration.</summary>
    Task<string> DumpAsync(string file, CancellationToken ct);

    /// <summary>What a restore would replace ("SQLite database …, 42 tables"), or null when the database is empty.</summary>
    Task<string?> DescribeExistingAsync(CancellationToken ct);

    /// <summary>Where the database entry is extracted to before it replaces anything.</summary>
    string StagingFile(string id);

    /// <summary>Reads the extracted copy through the engine's own tool, still before anything is replaced.</summary>
    Task CheckStagedAsync(string file, CancellationToken ct);

    /// <summary>Replaces the configured database with the extracted copy, all or nothing.</summary>
    Task RestoreAsync(string file, CancellationToken ct);
}

internal static class DatabaseEngines
{
    public static IDatabaseEngine For(BackupLocations locations) => locations.Engine == DatabaseProvider.Postgres
        ? new PostgresEngine(locations)
        : new SqliteEngine(locations);

    public const string LastMigrationSql = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1";
}
