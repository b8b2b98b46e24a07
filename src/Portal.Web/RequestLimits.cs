using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.Web;

/// <summary>
/// Bodies are bounded before they are read: a request whose declared length is over its endpoint's limit gets
/// 413 at once (the Vietnamese error page, or problem+json under /api), and one that grows past it while being
/// read gets 413 too, never a 500. Malformed forms (too many fields, an over-long value, a broken encoding) are
/// a 400. Ordinary forms get 4 MB (an article of 200,000 Vietnamese characters percent-encodes to under 2 MB);
/// the media upload endpoints declare their own, larger limit.
/// </summary>
internal static class RequestLimits
{
    public const long FormBytes = 4 << 20;

    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = FormBytes);
        builder.Services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = StatusFor);
    }

    /// <summary>
    /// After routing, so an endpoint's own limit (RequestSizeLimit) is the one compared. A NUL in the query is
    /// refused here too: no page means one, PostgreSQL cannot store or compare one, and Kestrel already refuses it
    /// in the path and the form reader in form values.
    /// </summary>
    public static void UseRequestChecks(this WebApplication app) => app.Use((context, next) =>
    {
        // The error page re-executed for a refused request must render, not be refused again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return next(context);
        if (context.Request.QueryString.Value is { } query && query.Contains("%00", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Request.Path.StartsWithSegments("/api")
                ? Results.Problem(statusCode: 400, title: "Yêu cầu không hợp lệ", detail: "Địa chỉ chứa ký tự không hợp lệ.").ExecuteAsync(context)
                : Task.CompletedTask;
        }
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            // Not reading the body means the connection cannot be reused: say so.
            context.Response.Headers.Connection = "close";
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/admin/api")
                ? Results.Problem(statusCode: 413, title: "Dữ liệu gửi lên quá lớn",
                    detail: $"Yêu cầu vượt quá giới hạn {max / (1 << 20)} MB.").ExecuteAsync(context)
                : Task.CompletedTask;
        }
        return next(context);
    });

    /// <summary>A request the framework could not read is the client's fault: its own status, else 400.</summary>
    public static int StatusFor(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException bad)
                return bad.StatusCode;
            if (e is InvalidDataException or Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException)
                return StatusCodes.Status400BadRequest;
        }
        return StatusCodes.Status500InternalServerError;
    }
}
