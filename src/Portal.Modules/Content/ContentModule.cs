using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;
using Portal.Modules.Recipes;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Content;

public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services)
    {
        services.AddSingleton<ContentTypeRegistry>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentSlugs>();
        services.AddSingleton<CounterpartLinks>().AddForgettingCache<CounterpartLinks.ForgetOnChange>();
        services.AddScoped<ContentCounterparts>();
        services.AddScoped<Admin.TermChoices>();
        services.AddScoped<IRecipeStep, ContentRecipeStep>();
        services.AddScoped<ITermUsageSource, ContentTermUsage>();
        services.AddOptions<ContentOptions>().BindConfiguration("Content");
        services.AddPeriodicJob<ScheduledPublishJob>();
        services.AddPermissions(ContentPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Nội dung", "/admin/noi-dung", ContentPermissions.Edit, 10));
        return services;
    }

    public static IServiceCollection AddContentType(this IServiceCollection services, ContentTypeDefinition definition) =>
        services.AddSingleton(definition);
}
