using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Plans;

/// <summary>
/// The yearly plans: official documents with structured items and targets, an importer for their plain text or
/// .docx, the editorial calendar, and reports of what was published against them. Its own tables (Plans_*).
/// </summary>
public static class PlansModule
{
    public const string Module = "plans";

    public static IServiceCollection AddPlansModule(this IServiceCollection services)
    {
        return services;
    }
}
