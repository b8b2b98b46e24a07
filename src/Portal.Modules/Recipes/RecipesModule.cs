using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Accounts;
using Portal.Modules.Content;
using Portal.Modules.Settings;

namespace Portal.Modules.Recipes;

public static class RecipesModule
{
    /// <summary>The runner and the core's own steps; other modules register theirs beside their data.</summary>
    public static IServiceCollection AddRecipesModule(this IServiceCollection services)
    {
        services.AddScoped<RecipeRunner>();
        services.AddScoped<IRecipeStep, SettingsRecipeStep>();
        services.AddScoped<IRecipeStep, UsersRecipeStep>();
        services.AddScoped<IRecipeStep, ContentRecipeStep>();
        return services;
    }
}
