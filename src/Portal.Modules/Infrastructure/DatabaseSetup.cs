using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Modules.Infrastructure;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string MigrationsAssembly = "Portal.Web";

    public static DatabaseProvider ReadProvider(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, PortalPaths paths)
    {
        string? primary = null, replica = null;
        if (ReadProvider(configuration) == DatabaseProvider.Postgres)
        {
            var connection = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider=Postgres cần ConnectionStrings:Postgres.");
            services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(options => ConfigurePostgres(options, connection));
            (primary, replica) = (connection, configuration.GetConnectionString(ReadReplica.ConnectionName) is { Length: > 0 } r ? r : null);
        }
        else
        {
            if (configuration.GetConnectionString(ReadReplica.ConnectionName) is { Length: > 0 })
                throw new InvalidOperationException($"ConnectionStrings:{ReadReplica.ConnectionName} chỉ dùng với Database:Provider=Postgres.");
            var connection = configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(paths.DataFolder, "portal.db")}";
            services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(options => ConfigureSqlite(options, connection));
            services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new SqliteConnectionPerPage()));
        }
        return services.AddReadRouting(primary, replica);
    }

    /// <summary>Read routing (<see cref="ReadDb"/>) without a replica: for tools that register the context themselves.</summary>
    public static IServiceCollection AddReadsOnPrimary(this IServiceCollection services) => services.AddReadRouting(null, null);

    private static IServiceCollection AddReadRouting(this IServiceCollection services, string? primary, string? replica)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => new ReadReplica(primary, replica, sp.GetRequiredService<ILoggerFactory>(), sp.GetService<PortalMetrics>));
        services.AddScoped<ReadDb>();
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connection)
    {
        options.UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
}
