namespace Portal.Web;

/// <summary>
/// Headers every response carries: no inline script, no third-party frames except video embeds, frames of this
/// site's own files (a bulletin's PDF shown in its page). A PDF itself gets only <c>frame-ancestors 'self'</c>:
/// Chrome draws PDFs with a built-in viewer that <c>object-src 'none'</c> on the PDF's own response blocks
/// (crbug.com/271452), and a PDF runs none of this site's scripts.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; style-src 'self'; script-src 'self'; " +
        "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private const string PdfPolicy = "frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Response.ContentType?.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) == true
                ? PdfPolicy
                : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers.XFrameOptions = "SAMEORIGIN";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
