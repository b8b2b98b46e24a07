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
        return services;
    }
}
