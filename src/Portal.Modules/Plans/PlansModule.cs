using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Plans.Calendar;
using Portal.Modules.Plans.Pdf;
using Portal.Modules.Recipes;
using Portal.Modules.Search;

namespace Portal.Modules.Plans;

/// <summary>
/// The yearly plans: official documents with structured items and targets, an importer for their plain text or
/// .docx, the editorial calendar, and reports of what was published against them. Its own tables (Plans_*); it plugs
/// into the platform through the change feed, audit, a search source, the sitemap, recipes, permissions and the
/// admin menu.
/// </summary>
public static class PlansModule
{
    public const string Module = "plans";

    public static IServiceCollection AddPlansModule(this IServiceCollection services)
    {
        services.AddScoped<PlanWorkflow>();
        services.AddScoped<Import.PlanImporter>();
        services.AddScoped<Reports.PlanReports>();
        services.AddScoped<PlanAttachments>();
        services.AddScoped<Media.IMediaUsageSource, PlanMediaUsage>();
        services.AddPlansCalendar();
        services.AddSingleton<PlanPdfFonts>();
        // A plan is pasted or uploaded whole, and its review posts back every cell of every item.
        services.AddOptions<RazorPagesOptions>().Configure(pages => pages.Conventions.AddPageApplicationModelConvention("/Plans/Admin/Import", page =>
        {
            const long limit = Import.PlanImporter.MaxFileBytes + (2 << 20);
            page.EndpointMetadata.Add(new RequestSizeLimitAttribute(limit));
            page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit, ValueCountLimit = 40_000, ValueLengthLimit = 8 << 20 });
        }));
        services.AddPermissions(PlansPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Kế hoạch", PlanPaths.Admin, PlansPermissions.Manage, 38));
        services.AddSearchSource<PlanSearchSource>();
        services.AddScoped<ISitemapSource, PlanSitemapSource>();
        services.AddScoped<IRecipeStep, PlansRecipeStep>();
        services.AddSearchFacet(SearchFacetDefinition.LabelsOnly("type", new Dictionary<string, string> { [PlanSearchSource.Type] = "Kế hoạch" }));
        return services;
    }

    public static IEndpointRouteBuilder MapPlansModule(this IEndpointRouteBuilder app)
    {
        app.MapGet(PlanPaths.Public + "/{slug:regex(^[a-z0-9-]+$)}.pdf", PlanPdfEndpoint.GetAsync).CacheOutput(PublicCache.PolicyName);
        return app;
    }
}
