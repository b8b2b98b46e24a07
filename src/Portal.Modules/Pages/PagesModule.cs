using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Modules.Pages;

/// <summary>Static agency pages (Giới thiệu, Chức năng nhiệm vụ, Cơ cấu tổ chức, Liên hệ) at the site root, English under /en.</summary>
public static class PagesModule
{
    public const string ContentType = "page";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Trang giới thiệu", "") { ItemName = "trang giới thiệu" };

    public static IServiceCollection AddPagesModule(this IServiceCollection services) =>
        services.AddContentType(Definition);
}
