using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Recipes;

public static class RecipesModule
{
    /// <summary>The runner; each module registers its own steps beside its data.</summary>
    public static IServiceCollection AddRecipesModule(this IServiceCollection services)
    {
        services.AddScoped<RecipeRunner>();
        return services;
    }
}
