using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// Named rate limits (ASP.NET Core's limiter), per client address. A page takes one with
/// [EnableRateLimiting(RateLimits.X)]; a form limit counts only POSTs, so reading the form stays free. Over the
/// limit: 429 with Retry-After, the Vietnamese error page or problem+json under /api. Limits can be changed
/// under Portal:RateLimits:{name} (Permits, Seconds). Signing in is also limited per account by Identity's
/// lockout (5 failures, 15 minutes).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string AccountMail = "account-mail";
    public const string Search = "search";
    public const string Preview = "preview";
    public const string PublicForm = "public-form";
    /// <summary>Expressions of interest on the technology exchange, per address.</summary>
    public const string Interest = "interest";
    /// <summary>Subscribing to e-mail alerts of the exchange (each may mail a confirmation link), per address.</summary>
    public const string Alerts = "alerts";
    /// <summary>Questions to experts (each may mail a confirmation link or an expert), per address.</summary>
    public const string Consultation = "consultation";
    /// <summary>The contact form and questions to the department (each may mail the agency), per address.</summary>
    public const string Questions = "questions";

    private sealed record Limit(string Name, int Permits, int Seconds, bool PostsOnly);

    private static readonly Limit[] Defaults =
    [
        new(SignIn, 20, 300, PostsOnly: true),
        new(Registration, 5, 3600, PostsOnly: true),
        new(AccountMail, 5, 3600, PostsOnly: true),
        new(Search, 120, 60, PostsOnly: false),
        new(Preview, 60, 60, PostsOnly: false),
        new(PublicForm, 10, 600, PostsOnly: true),
        new(Interest, 10, 3600, PostsOnly: true),
        new(Alerts, 10, 3600, PostsOnly: true),
        new(Consultation, 10, 3600, PostsOnly: true),
        new(Questions, 10, 3600, PostsOnly: true),
    ];

    public static IEnumerable<string> Names => Defaults.Select(l => l.Name);

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            foreach (var limit in Defaults)
            {
                var section = configuration.GetSection($"Portal:RateLimits:{limit.Name}");
                var permits = section.GetValue("Permits", limit.Permits);
                var window = TimeSpan.FromSeconds(section.GetValue("Seconds", limit.Seconds));
                options.AddPolicy(limit.Name, context =>
                    limit.PostsOnly && !HttpMethods.IsPost(context.Request.Method)
                        ? RateLimitPartition.GetNoLimiter("read")
                        : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            }
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/admin/api"))
            await Results.Problem(statusCode: 429, title: "Quá nhiều yêu cầu",
                detail: $"Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {retryAfter} giây.").ExecuteAsync(http);
        // Pages: the empty 429 is re-executed as the Vietnamese error page by the status code pages.
    }
}
