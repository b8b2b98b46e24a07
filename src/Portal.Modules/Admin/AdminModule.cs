using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Admin;

/// <summary>The dashboard at /admin: what waits for review, what is scheduled, what changed last.</summary>
public static class AdminModule
{
    public static IServiceCollection AddAdminModule(this IServiceCollection services) =>
        services.AddAdminMenu(new AdminMenuEntry("Bảng điều khiển", "/admin", AccountsPermissions.AccessAdmin, 0) { MatchesExactly = true });
}
