using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;

namespace Portal.Modules.Settings;

public static class SettingsModule
{
    public static IServiceCollection AddSettingsModule(this IServiceCollection services)
    {
        services.AddScoped<SiteSettingsStore>();
        services.AddSingleton<IProcessCache, SiteSettingsFollower>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();
        services.AddPermissions(SettingsPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Cài đặt", "/admin/cai-dat", SettingsPermissions.Manage, 60));
        return services;
    }
}
