using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Media.Storage;

namespace Portal.Modules.Media;

public static class MediaModule
{
    public static IServiceCollection AddMediaModule(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration("Media");
        // Replace this registration with a shared store when several web nodes serve the same media.
        services.AddSingleton<IMediaStore, LocalMediaStore>();
        services.AddSingleton<UrlSigner>();
        services.AddSingleton<OnDemandResizer>();
        services.AddSingleton<UploadSlots>();
        services.AddScoped<MediaProcessor>();
        services.AddScoped<MediaUploader>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<IMediaUsageSource, ContentMediaUsage>();
        services.AddScoped<IMediaUsageSource, CaptionsMediaUsage>();
        services.AddScoped<IContentMediaLookup, MediaFieldLookup>();
        services.AddScoped<Recipes.IRecipeStep, MediaRecipeStep>();
        services.AddAdminMenu(new AdminMenuEntry("Thư viện", "/admin/thu-vien", ContentPermissions.Edit, 20));
        // Replacing a file posts it to the edit page: it takes the upload limit, not the 4 MB of ordinary forms.
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.AddPageApplicationModelConvention("/Media/Admin/Edit", page =>
            {
                var limit = media.Value.MaxUploadBytes + (1 << 20);
                page.EndpointMetadata.Add(new RequestSizeLimitAttribute(limit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapMediaModule(this IEndpointRouteBuilder app)
    {
        app.MapMediaFiles();
        app.MapMediaAdminApi();
        return app;
    }
}
