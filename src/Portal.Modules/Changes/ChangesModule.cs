using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Changes;

/// <summary>The module-neutral change feed (Changes_Feed) every module writes to and readers follow.</summary>
public static class ChangesModule
{
    public static IServiceCollection AddChangesModule(this IServiceCollection services)
    {
        services.AddOptions<ChangesOptions>().BindConfiguration("Changes")
            .Validate(o => o.FollowInterval > TimeSpan.Zero, "Changes:FollowInterval phải lớn hơn 0.");
        services.AddSingleton<ChangeOrigin>();
        services.AddScoped<IChangeFeed, ChangeFeed>();
        services.AddHostedService<ChangeFollower>();
        // First among the listeners and process caches: the output cache's eviction comes after it.
        services.AddForgettingCache<ReplicaWatermark>();
        return services;
    }

    /// <summary>
    /// A memory cache that forgets on changes made here (a change listener, right after the save) and on other nodes
    /// (a process cache, told by the follower): one singleton serves both.
    /// </summary>
    public static IServiceCollection AddForgettingCache<T>(this IServiceCollection services) where T : class, IChangeListener, IProcessCache
    {
        services.AddSingleton<T>();
        services.AddSingleton<IChangeListener>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
