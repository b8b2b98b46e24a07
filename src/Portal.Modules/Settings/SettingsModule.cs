using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Settings;

public static class SettingsModule
{
    public static IServiceCollection AddSettingsModule(this IServiceCollection services)
    {
        services.AddScoped<SiteSettingsStore>();
        services.AddPermissions(SettingsPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Cài đặt", "/admin/cai-dat", SettingsPermissions.Manage, 60));
        return services;
    }
}
