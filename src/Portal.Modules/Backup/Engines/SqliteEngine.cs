using Microsoft.Data.Sqlite;

namespace Portal.Modules.Backup.Engines;

/// <summary>
/// SQLite: the online backup API copies pages under a read lock, so the copy is consistent while the site runs;
/// a restore writes a temp file beside the database and renames it over the old one.
/// </summary>
internal sealed class SqliteEngine(BackupLocations locations) : IDatabaseEngine
{
    private string DatabaseFile => locations.SqliteFile;

    public string EntryName => BackupEntryNames.SqliteDatabase;

    public async Task<string> DumpAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(DatabaseFile))
            throw new BackupException(BackupTexts.EmptyDatabase);
        var source = new SqliteConnectionStringBuilder(locations.Connection) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using (var live = new SqliteConnection(source.ToString()))
        await using (var copy = Open(file))
        {
            await live.OpenAsync(ct);
            await copy.OpenAsync(ct);
            live.BackupDatabase(copy);
        }
        return await LastMigrationAsync(file, ct) ?? throw new BackupException(BackupTexts.EmptyDatabase);
    }

    public async Task<string?> DescribeExistingAsync(CancellationToken ct)
    {
        if (!File.Exists(DatabaseFile) || new FileInfo(DatabaseFile).Length == 0)
            return null;
        var builder = new SqliteConnectionStringBuilder(locations.Connection) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        var tables = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        return tables == 0 ? null : $"cơ sở dữ liệu SQLite {DatabaseFile} ({tables} bảng)";
    }

    public string StagingFile(string id) => $"{DatabaseFile}.restore-{id}";

    public async Task CheckStagedAsync(string file, CancellationToken ct)
    {
        try
        {
            await using var connection = Open(file);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            if (await command.ExecuteScalarAsync(ct) as string != "ok" || await LastMigrationAsync(file, ct) is null)
                throw new BackupException(BackupTexts.Checksum(EntryName));
        }
        catch (SqliteException ex)
        {
            throw new BackupException(BackupTexts.Checksum(EntryName), ex);
        }
    }

    public Task RestoreAsync(string file, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        SqliteConnection.ClearAllPools();
        // A journal left beside the old database would be played back onto the new one.
        foreach (var suffix in new[] { "-journal", "-wal", "-shm" })
            File.Delete(DatabaseFile + suffix);
        File.Move(file, DatabaseFile, overwrite: true);
        return Task.CompletedTask;
    }

    private static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());

    private static async Task<string?> LastMigrationAsync(string file, CancellationToken ct)
    {
        await using var connection = Open(file);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0)
            return null;
        command.CommandText = DatabaseEngines.LastMigrationSql;
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
