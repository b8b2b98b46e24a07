using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts.Transfer;
using Portal.Modules.Changes;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Experts.Consultations;
using Portal.Modules.Experts.Rights;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Media;
using Portal.Modules.Recipes;
using Portal.Modules.Search;

namespace Portal.Modules.Experts;

/// <summary>
/// The expert database: profiles of scientists and engineers with a consent ledger, searchable by facets. Its own
/// tables (Experts_*); it plugs into the platform through the change feed, audit, a search source, the sitemap,
/// recipes, permissions and the admin menu, and into the exchange's matching as supply.
/// </summary>
public static class ExpertsModule
{
    public static IServiceCollection AddExpertsModule(this IServiceCollection services)
    {
        services.AddScoped<ExpertRules>();
        services.AddScoped<ExpertWorkflow>();
        services.AddScoped<ExpertModeration>();
        services.AddScoped<ExpertPhotos>();
        services.AddScoped<IMediaUsageSource, ExpertPhotoUsage>();
        services.AddScoped<ExpertImport>();
        services.AddScoped<ExpertExport>();
        services.AddScoped<NationalExport>();
        // An expert list is posted to the import page: it takes the file's limit, not the 4 MB of ordinary forms.
        services.AddOptions<RazorPagesOptions>().Configure(pages => pages.Conventions.AddPageApplicationModelConvention("/Experts/Admin/Transfer", page =>
        {
            const long limit = ExpertCsvFile.MaxBytes + (1 << 20);
            page.EndpointMetadata.Add(new RequestSizeLimitAttribute(limit));
            page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
        }));
        services.AddExpertRights();
        services.AddPermissions(ExpertsPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Chuyên gia", ExpertPaths.Admin, ExpertsPermissions.Manage, 36));
        services.AddSearchSource<ExpertSearchSource>();
        services.AddScoped<IRecipeStep, ExpertsRecipeStep>();
        services.AddScoped<ISitemapSource, ExpertSitemapSource>();
        services.AddScoped<IMatchProfileSource, ExpertMatchProfiles>();
        services.AddExpertConsultations();
        // The experts' own facets are shown on /chuyen-gia; /tim-kiem only names their type (its facet panel is full).
        services.AddSearchFacet(SearchFacetDefinition.LabelsOnly("type", new Dictionary<string, string> { [ExpertSearchSource.Type] = "Chuyên gia" }));
        return services;
    }
}
