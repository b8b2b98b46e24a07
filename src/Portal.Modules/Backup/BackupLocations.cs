using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Backup;

/// <summary>What a backup reads and a restore replaces: the configured database and the data folder's files.</summary>
public sealed record BackupLocations(DatabaseProvider Engine, string Connection, string DataFolder, string MediaFolder, string KeysFolder)
{
    public static BackupLocations From(IConfiguration configuration, PortalPaths paths)
    {
        var engine = DatabaseSetup.ReadProvider(configuration);
        // The same connection DatabaseSetup.AddPortalDatabase gives the app.
        var connection = engine == DatabaseProvider.Postgres
            ? configuration.GetConnectionString("Postgres") ?? throw new InvalidOperationException("Database:Provider=Postgres cần ConnectionStrings:Postgres.")
            : configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(paths.DataFolder, "portal.db")}";
        // The media store's root (Media:Folder, else {data}/media); with Media:Folder set, the shared signing key is in it.
        return new BackupLocations(engine, connection, paths.DataFolder, paths.MediaFolder, paths.LegacyKeysFolder);
    }

    /// <summary>The generated media URL signing key (UrlSigner), present only when Media:SigningKey is not set.</summary>
    public string SigningKeyFile => Path.Combine(DataFolder, BackupEntryNames.SigningKeyFile);

    public string EngineName => Engine == DatabaseProvider.Postgres ? "postgres" : "sqlite";

    /// <summary>The SQLite database file (only for the SQLite engine).</summary>
    public string SqliteFile => Path.GetFullPath(new SqliteConnectionStringBuilder(Connection).DataSource);
}
