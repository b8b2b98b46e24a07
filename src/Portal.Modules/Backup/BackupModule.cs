using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Backup;

/// <summary>
/// `portal backup create|restore FILE`: one tar archive holding the database (SQLite online backup or pg_dump),
/// the media folder and the data-protection key files, with a manifest of sizes and SHA-256 sums (docs/operations.md).
/// </summary>
public static class BackupModule
{
    public static IServiceCollection AddBackupModule(this IServiceCollection services)
    {
        services.AddSingleton(provider => BackupLocations.From(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<PortalPaths>()));
        return services;
    }
}
