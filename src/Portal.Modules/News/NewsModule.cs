using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.News;

public static class NewsModule
{
    public const string ContentType = "news";

    public static IServiceCollection AddNewsModule(this IServiceCollection services) =>
        services.AddContentType(new ContentTypeDefinition(ContentType, "Tin tức", "/tin-tuc"));
}
