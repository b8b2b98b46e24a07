using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;
using Portal.Modules.Search;

namespace Portal.Modules.Questions;

/// <summary>
/// The contact form on /lien-he and the citizens' questions (Hỏi – đáp): its own tables (Questions_*); it plugs into
/// the platform through the mail outbox, audit, the change feed, a search source, the sitemap, a recipe step,
/// permissions and the admin menu.
/// </summary>
public static class QuestionsModule
{
    public static IServiceCollection AddQuestionsModule(this IServiceCollection services)
    {
        services.AddOptions<QuestionOptions>().BindConfiguration("Questions");
        services.AddScoped<QuestionWorkflow>();
        services.AddPermissions(QuestionsPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry(QuestionTexts.Section, QuestionPaths.Admin, QuestionsPermissions.Manage, 37));
        services.AddSearchSource<QuestionSearchSource>();
        services.AddSearchFacet(SearchFacetDefinition.LabelsOnly("type", new Dictionary<string, string> { [QuestionSearchSource.Type] = QuestionTexts.Section }));
        services.AddScoped<ISitemapSource, QuestionSitemapSource>();
        services.AddScoped<IRecipeStep, QuestionsRecipeStep>();
        return services;
    }
}
