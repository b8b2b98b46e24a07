using Portal.Modules.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Content;

public static class ContentEndpoints
{
    public static IEndpointRouteBuilder MapContentModule(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/api/xem-truoc", PreviewAsync).RequireAuthorization(ContentPermissions.Edit).RequireRateLimiting(RateLimits.Preview);
        return app;
    }

    /// <summary>
    /// Live preview renders through the same Markdown pipeline and sanitizer as publishing does, and refuses what
    /// saving would refuse. It reads the form itself, then checks the antiforgery token, so an oversized form or a
    /// stale or missing token is a 400 problem in Vietnamese rather than a binding exception.
    /// </summary>
    private static async Task<IResult> PreviewAsync(HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            return Refused(ContentTexts.FormExpired);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            // A value past the framework's 4 MB form limit: far past MarkdownLimits.MaxLength, and not a server error.
            return Refused(ContentTexts.BodyRefused(MarkdownLimit.TooLong));
        }
        if (!await antiforgery.IsRequestValidAsync(http))
            return Refused(ContentTexts.FormExpired);
        var markdown = form["markdown"].ToString();
        return ContentDrafts.BodyProblem(markdown) is { } problem
            ? Refused(problem)
            : Results.Json(new { html = MarkdownRenderer.ToSafeHtml(markdown) });
    }

    private static IResult Refused(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: ContentTexts.PreviewTitle, detail: detail);
}
