using Portal.Modules.Changes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;
using Portal.Modules.Search.Engines;
using Portal.Modules.Settings;

namespace Portal.Modules.Search;

public static class SearchModule
{
    /// <summary>The index, its engine for the configured database, the content source, the poller and the fast path.</summary>
    public static IServiceCollection AddSearchModule(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Search");
        services.AddSingleton<FacetCounts>();
        services.AddScoped(sp => CreateEngine(sp.GetRequiredService<PortalDbContext>(), sp.GetRequiredService<FacetCounts>()));
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchLabels>();
        services.AddScoped<ISearchIndex, SearchService>();
        services.AddScoped<ISearchDocumentSource, ContentSearchSource>();
        services.AddScoped<IChangeListener, SearchChangeListener>();
        services.AddPeriodicJob<SearchCatchUpJob>();
        services.AddAdminMenu(new AdminMenuEntry("Tìm kiếm", "/admin/tim-kiem", SettingsPermissions.Manage, 70));
        foreach (var name in SearchFacets.Default)
            services.AddSearchFacet(new SearchFacetDefinition(name, SearchTexts.FacetName(name)));
        return services;
    }

    /// <summary>The engine over a context: the request's (indexing, on the primary) or a read-only one (queries, <see cref="ReadDb"/>).</summary>
    internal static SearchEngine CreateEngine(PortalDbContext db, FacetCounts facets) =>
        db.Database.IsNpgsql() ? new PostgresSearchEngine(db, facets) : new SqliteSearchEngine(db, facets);

    /// <summary>Other modules' documents: exchange listings, experts… each with its own log.</summary>
    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services) where TSource : class, ISearchDocumentSource =>
        services.AddScoped<ISearchDocumentSource, TSource>();

    /// <summary>
    /// A facet /tim-kiem shows, in registration order, with its Vietnamese heading and value labels. Its values
    /// come from the documents' Facets of that name; filtering (f.name=value) and counting work without this.
    /// </summary>
    public static IServiceCollection AddSearchFacet(this IServiceCollection services, SearchFacetDefinition facet)
    {
        if (!SearchFacets.IsValidName(facet.Name))
            throw new ArgumentException($"Invalid search facet name '{facet.Name}'.", nameof(facet));
        return services.AddSingleton(facet);
    }

    public static IEndpointRouteBuilder MapSearchModule(this IEndpointRouteBuilder app) => SearchApi.Map(app);
}
