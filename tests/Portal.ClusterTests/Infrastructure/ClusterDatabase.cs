using Npgsql;

namespace Portal.ClusterTests.Infrastructure;

/// <summary>A fresh PostgreSQL database on PORTAL_TEST_POSTGRES's server for the cluster, dropped at the end.</summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name = "portal_cluster_" + Guid.NewGuid().ToString("N")[..12];

    private ClusterDatabase(string server) => this.server = server;

    /// <summary>What ConnectionStrings:Postgres says to every node.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } s ? s
            : throw new InvalidOperationException("The cluster tests need PostgreSQL: set PORTAL_TEST_POSTGRES to a server connection string (./portal test does).");
        var database = new ClusterDatabase(server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.name} TEMPLATE template0 ENCODING 'UTF8'");
        return database;
    }

    /// <summary>One number from the cluster's database, e.g. how many change-feed rows say an item was published.</summary>
    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (parameter, value) in parameters)
            command.Parameters.AddWithValue(parameter, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
}
