using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Changes;

/// <summary>The module-neutral change feed (Changes_Feed) every module writes to and readers follow.</summary>
public static class ChangesModule
{
    public static IServiceCollection AddChangesModule(this IServiceCollection services)
    {
        services.AddScoped<IChangeFeed, ChangeFeed>();
        return services;
    }
}
