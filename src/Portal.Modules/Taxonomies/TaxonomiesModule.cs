using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;

namespace Portal.Modules.Taxonomies;

public static class TaxonomiesModule
{
    public static IServiceCollection AddTaxonomiesModule(this IServiceCollection services)
    {
        services.AddScoped<IRecipeStep, TaxonomiesRecipeStep>();
        services.AddAdminMenu(new AdminMenuEntry("Danh mục", "/admin/danh-muc", ContentPermissions.Publish, 30));
        return services;
    }
}
