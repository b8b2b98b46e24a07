using Portal.Modules.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Content;

public static class ContentEndpoints
{
    public static IEndpointRouteBuilder MapContentModule(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/api/xem-truoc", PreviewAsync).RequireAuthorization(Permissions.EditContent).RequireRateLimiting(RateLimits.Preview);
        return app;
    }

    /// <summary>
    /// Live preview renders through the same Markdown pipeline and sanitizer as publishing does. It reads the form
    /// itself after checking the antiforgery token, so a stale or missing token is a 400 problem in Vietnamese
    /// rather than a binding exception.
    /// </summary>
    private static async Task<IResult> PreviewAsync(HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: ContentTexts.PreviewTitle, detail: ContentTexts.FormExpired);
        var form = await http.Request.ReadFormAsync(ct);
        return Results.Json(new { html = MarkdownRenderer.ToSafeHtml(form["markdown"].ToString()) });
    }
}
