using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;
using Portal.Modules.Media;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Exchange;

/// <summary>
/// The technology exchange: offers, demands and equipment from member organisations, moderated with legal
/// screening, searchable by facets. Its own tables (Exchange_*); it plugs into the platform through the change
/// feed, audit, search sources, media and term usage, the job runner, recipes, permissions and the admin menu.
/// </summary>
public static class ExchangeModule
{
    public static IServiceCollection AddExchangeModule(this IServiceCollection services)
    {
        services.AddOptions<ExchangeOptions>().BindConfiguration("Exchange");
        services.AddScoped<ListingRules>();
        services.AddScoped<ListingWorkflow>();
        services.AddScoped<InterestWorkflow>();
        services.AddPermissions(ExchangePermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Sàn công nghệ", ExchangePaths.Admin, ExchangePermissions.Moderate, 35));
        services.AddPeriodicJob<ListingExpiryJob>();
        services.AddPeriodicJob<InterestReminderJob>();
        services.AddSearchSource<ExchangeSearchSource>();
        services.AddScoped<IRecipeStep, ListingsRecipeStep>();
        services.AddScoped<IMediaUsageSource, ListingMediaUsage>();
        services.AddScoped<ITermUsageSource, ListingTermUsage>();
        return services;
    }
}
