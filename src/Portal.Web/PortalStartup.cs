using Microsoft.EntityFrameworkCore;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;
using Portal.Modules.Settings;

namespace Portal.Web;

internal static class PortalStartup
{
    /// <summary>
    /// Migrates, imports data-protection keys kept in files by older versions, ensures roles and the first
    /// administrator, and loads the default recipe on first start.
    /// </summary>
    public static async Task InitializePortalAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        await DataProtectionKeyImport.ImportAsync(db, DataProtectionKeyImport.Folder(services.GetRequiredService<PortalPaths>()), app.Logger);
        await services.GetRequiredService<AdminBootstrapper>().EnsureAsync();
        if (await db.Set<SiteSettings>().AnyAsync())
            return;
        var paths = services.GetRequiredService<PortalPaths>();
        var recipe = app.Configuration["Portal:Recipe"] ?? Path.Combine(paths.RecipesFolder, "default.json");
        var outcome = await services.GetRequiredService<RecipeRunner>().ImportFileAsync(recipe);
        app.Logger.LogInformation("First start: recipe {Recipe} loaded ({Changes} changes)", outcome.Name, outcome.Changes);
        if (!await db.Set<SiteSettings>().AnyAsync())
        {
            db.Add(new SiteSettings());
            await db.SaveChangesAsync();
        }
    }
}
