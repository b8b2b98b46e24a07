using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        services.AddScoped<Content.IContentMediaLookup, MediaFieldLookup>();
        services.AddScoped<Recipes.IRecipeStep, MediaRecipeStep>();
        return services;
    }

    public static IEndpointRouteBuilder MapMediaModule(this IEndpointRouteBuilder app)
    {
        app.MapMediaFiles();
        app.MapMediaAdminApi();
        return app;
    }
}
