using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;
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
        services.AddWorkingCalendar();
        services.AddScoped<ListingRules>();
        services.AddScoped<ListingWorkflow>();
        services.AddScoped<InterestWorkflow>();
        services.AddPermissions(ExchangePermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Sàn công nghệ", ExchangePaths.Admin, ExchangePermissions.Moderate, 35));
        services.AddPeriodicJob<ListingExpiryJob>();
        services.AddPeriodicJob<InterestReminderJob>();
        services.AddPeriodicJob<MatchRefreshJob>();
        services.AddScoped<MatchingService>();
        services.AddSingleton<MatcherCache>();
        services.AddScoped<IMatchProfileSource, ListingMatchProfiles>();
        services.AddScoped<IChangeListener, MatchChangeListener>();
        services.AddPeriodicJob<AlertDigestJob>();
        services.AddSearchSource<ExchangeSearchSource>();
        services.AddScoped<IRecipeStep, ListingsRecipeStep>();
        services.AddScoped<IMediaUsageSource, ListingMediaUsage>();
        services.AddScoped<ITermUsageSource, ListingTermUsage>();
        services.AddScoped<ISitemapSource, ExchangeSitemapSource>();
        AddSearchFacets(services);
        return services;
    }

    /// <summary>
    /// RSS of each kind's newest listings, or of a filtered list's. The feed is the same for everyone, so it is cached
    /// whoever asks, per the list's filter parameters only: other parameters cannot multiply the entries.
    /// </summary>
    public static IEndpointRouteBuilder MapExchangeModule(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExchangePaths.Public + "/{kind:regex(^(chao-ban|tim-mua|thiet-bi)$)}/rss", ExchangeFeeds.KindFeedAsync)
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery(AlertFilter.QueryKeys).Tag(PublicCache.Tag));
        ExchangeApi.Map(app);
        return app;
    }

    /// <summary>Vietnamese headings and value labels of the listings' facets on /tim-kiem.</summary>
    private static void AddSearchFacets(IServiceCollection services)
    {
        var kinds = Enum.GetValues<ListingKind>().ToDictionary(ExchangeTexts.KindFacet, ExchangeTexts.KindName);
        // The search module names and shows "type"; this adds the kinds' names to its values.
        services.AddSearchFacet(SearchFacetDefinition.LabelsOnly("type", kinds));
        services.AddSearchFacet(new SearchFacetDefinition(ExchangeFacets.Kind, "Loại tin công nghệ", kinds));
        foreach (var (facet, _, label) in ExchangeFacets.Filters.Where(f => f.Facet != ExchangeFacets.Field))
        {
            var labels = facet switch
            {
                ExchangeFacets.Ip => IpStatuses.Names,
                ExchangeFacets.Price => Enum.GetValues<PriceMode>().ToDictionary(ExchangeTexts.PriceFacet, ExchangeTexts.PriceName),
                ExchangeFacets.Legal => Enum.GetValues<LegalCategory>().ToDictionary(c => c.ToString().ToLowerInvariant(), ExchangeTexts.LegalName),
                ExchangeFacets.Trl => Enumerable.Range(1, 9).ToDictionary(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), l => $"TRL {l}"),
                _ => null,
            };
            var taxonomy = facet switch
            {
                ExchangeFacets.Province => SharedTaxonomies.Provinces,
                ExchangeFacets.Transfer => SharedTaxonomies.TransferTypes,
                _ => null,
            };
            services.AddSearchFacet(new SearchFacetDefinition(facet, label, labels, taxonomy));
        }
    }
}
