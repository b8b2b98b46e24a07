using Npgsql;

namespace Portal.Modules.Backup.Engines;

/// <summary>
/// PostgreSQL: pg_dump's custom format (one snapshot, so consistent while the site runs), put back by pg_restore
/// in a single transaction into the configured database, replacing the objects the dump holds.
/// </summary>
internal sealed class PostgresEngine(BackupLocations locations) : IDatabaseEngine
{
    private readonly NpgsqlConnectionStringBuilder connection = new(locations.Connection);

    public string EntryName => BackupEntryNames.PostgresDatabase;

    public async Task<string> DumpAsync(string file, CancellationToken ct)
    {
        var migration = await LastMigrationAsync(ct) ?? throw new BackupException(BackupTexts.EmptyDatabase);
        await PgTools.RunAsync("pg_dump", connection, ["--format=custom", "--no-password", "--file=" + file], ct);
        return migration;
    }

    public async Task<string?> DescribeExistingAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", db);
        var tables = (long)(await command.ExecuteScalarAsync(ct))!;
        return tables == 0 ? null : $"cơ sở dữ liệu PostgreSQL {connection.Database} trên {connection.Host} ({tables} bảng)";
    }

    /// <summary>In the data folder: the dump is as large as the database, too large for a memory-backed /tmp.</summary>
    public string StagingFile(string id) => Path.Combine(locations.DataFolder, $".restore-{id}.dump");

    public Task CheckStagedAsync(string file, CancellationToken ct) =>
        PgTools.RunAsync("pg_restore", connection, ["--list", file], ct);

    public async Task RestoreAsync(string file, CancellationToken ct)
    {
        // Privileges name roles of the old server; the portal grants none of its own.
        await PgTools.RunAsync("pg_restore", connection,
            ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges", "--no-password", "--dbname=" + connection.Database, file], ct);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<string?> LastMigrationAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", db);
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
            return null;
        await using var command = new NpgsqlCommand(DatabaseEngines.LastMigrationSql, db);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(locations.Connection) { Pooling = false }.ToString());
        await db.OpenAsync(ct);
        return db;
    }
}
