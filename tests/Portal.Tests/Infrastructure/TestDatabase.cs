using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The database a fixture runs on: a fresh SQLite file, or, when PORTAL_TEST_POSTGRES holds a server
/// connection string (./portal test sets it), a fresh PostgreSQL database on that server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string DataFolder { get; }
    public string? PostgresConnection { get; }
    private readonly string? databaseName;

    private TestDatabase(string dataFolder, string? postgresConnection, string? databaseName)
    {
        DataFolder = dataFolder;
        PostgresConnection = postgresConnection;
        this.databaseName = databaseName;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (PostgresServer is not { } server)
            return new TestDatabase(folder, null, null);
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true };
        return new TestDatabase(folder, builder.ConnectionString, name);
    }

    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("PORTAL_DATA", DataFolder);
        if (PostgresConnection is not null)
        {
            yield return new("Database:Provider", "Postgres");
            yield return new("ConnectionStrings:Postgres", PostgresConnection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (databaseName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
