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
        // Several nodes may start at once on one PostgreSQL database: one at a time from here, so the migrations,
        // the first administrator and the default recipe are made once (the others wait, then find them done).
        // EF's own migration lock did not keep two nodes from applying one migration twice (the cluster tests
        // start both nodes together). SQLite serves one node.
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync(LockStartup);
        }
        try
        {
            // MigrateAsync first compares the model with the last migration's snapshot (EF Core 9 and later), which
            // builds the design-time model: about a second of every start. With nothing pending there is nothing to
            // compare for; SiteTests checks that the model and the snapshot agree.
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
                await db.Database.MigrateAsync();
            await FirstStartAsync(app, services, db);
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync(UnlockStartup);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    // The key is any number no other part of the portal uses as an advisory lock.
    private const string LockStartup = "SELECT pg_advisory_lock(7482001)";
    private const string UnlockStartup = "SELECT pg_advisory_unlock(7482001)";

    private static async Task FirstStartAsync(WebApplication app, IServiceProvider services, PortalDbContext db)
    {
        await DataProtectionKeyImport.ImportAsync(db, services.GetRequiredService<PortalPaths>().LegacyKeysFolder, app.Logger);
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
