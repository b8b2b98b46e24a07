using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Modules.Infrastructure;

namespace Portal.SearchBench;

/// <summary>
/// A throwaway database for one benchmark run, with the modules it needs: a temp SQLite file, or a new database on the
/// given PostgreSQL server; disposing drops it.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string folder;
    private readonly string? server;
    private readonly string? database;

    private BenchDatabase(ServiceProvider provider, string folder, string? server, string? database) =>
        (Provider, this.folder, this.server, this.database) = (provider, folder, server, database);

    public ServiceProvider Provider { get; }
    public bool IsSqlite => server is null;
    public string Engine => IsSqlite ? "SQLite" : "PostgreSQL";

    public static async Task<BenchDatabase> CreateAsync(string? postgres, string prefix, Action<IServiceCollection> modules)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"portal-{prefix}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        string? database = null;
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(TimeProvider.System);
        if (postgres is null)
        {
            services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={Path.Combine(folder, "bench.db")}"));
        }
        else
        {
            database = $"portal_{prefix}_" + Guid.NewGuid().ToString("N")[..8];
            await using (var connection = new NpgsqlConnection(postgres))
            {
                await connection.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'", connection).ExecuteNonQueryAsync();
            }
            var connectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = database, Pooling = true }.ConnectionString;
            services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(o => DatabaseSetup.ConfigurePostgres(o, connectionString));
        }
        services.AddReadsOnPrimary();
        modules(services);
        var bench = new BenchDatabase(services.BuildServiceProvider(), folder, postgres, database);
        await using var scope = bench.Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        return bench;
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        if (database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
