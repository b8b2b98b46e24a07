using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Content;

public static class ContentEndpoints
{
    public static IEndpointRouteBuilder MapContentModule(this IEndpointRouteBuilder app)
    {
        // Live preview renders through the same Markdown pipeline and sanitizer as publishing does.
        app.MapPost("/admin/api/xem-truoc", ([FromForm] string? markdown) =>
                Results.Json(new { html = MarkdownRenderer.ToSafeHtml(markdown) }))
            .RequireAuthorization(Permissions.EditContent);
        return app;
    }
}
