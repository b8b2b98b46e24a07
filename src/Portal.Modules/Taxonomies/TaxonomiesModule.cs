using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;

namespace Portal.Modules.Taxonomies;

public static class TaxonomiesModule
{
    public static IServiceCollection AddTaxonomiesModule(this IServiceCollection services)
    {
        services.AddScoped<IRecipeStep, TaxonomiesRecipeStep>();
        services.AddSingleton<TermCatalog>();
        services.AddForgettingCache<TermCatalog.ForgetOnChange>();
        services.AddPermissions(TaxonomiesPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Danh mục", "/admin/danh-muc", TaxonomiesPermissions.Manage, 30));
        return services;
    }
}
