using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using Microsoft.OpenApi;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Web;

/// <summary>What every module relies on: Razor Pages over module folders, encoders, health, errors, headers.</summary>
internal static class PortalHost
{
    public const int DefaultOutputCacheMegabytes = 64;
    public const long MaximumCachedBodyBytes = 8L * 1024 * 1024;

    public static void AddPortalHost(this WebApplicationBuilder builder, PortalPaths paths)
    {
        // RCL assets (themes) are served from the build output whatever the environment.
        builder.WebHost.UseStaticWebAssets();
        builder.AddRequestLimits();
        var services = builder.Services;
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        // The default encoder escapes every Vietnamese letter into an entity and bloats pages by half.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            options.ProtectAdminPages();
        }).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new BooleanBinder.Provider()));
        services.AddProblemDetails();
        // The public JSON API (/api) only: no page, no /admin/api. No servers list, so the Host header never gets in.
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "API Cổng thông tin", Version = "v1", Description = "JSON, UTF-8, không cần đăng nhập, chỉ đọc. Lỗi trả về application/problem+json." };
                document.Servers = [];
                return Task.CompletedTask;
            });
        });
        // Text responses are compressed (Vietnamese HTML shrinks ~70 %). HTTPS is left to the reverse proxy:
        // compressing pages that carry antiforgery tokens next to reflected input over TLS invites BREACH.
        services.AddResponseCompression(o => o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "text/calendar", "image/svg+xml"]));
        // In the database: every node on it shares the keys, and a backup carries them (DataProtectionKeyImport).
        services.AddDataProtection().SetApplicationName("portal").PersistKeysToDbContext<PortalDbContext>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<MediaFolderHealthCheck>("media", tags: ["ready"]);
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddSingleton<PublicSite>();
        // The client address and scheme come from X-Forwarded-For/-Proto only when a trusted proxy sent them
        // (loopback, plus Portal:TrustedProxies). X-Forwarded-Host is never read: absolute URLs come from
        // Portal:PublicUrl, so no header can put another host into a mail link, feed or og: tag.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("Portal:TrustedProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        var publicUrl = PublicSite.Configured(builder.Configuration);
        // In production an unknown Host is refused (400) unless AllowedHosts says otherwise; loopback stays
        // open for health probes on the machine itself.
        if (publicUrl is not null && builder.Environment.IsProduction() && builder.Configuration["AllowedHosts"] is null or "*")
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [new Uri(publicUrl).Host, "localhost", "127.0.0.1", "[::1]"]);
        if (publicUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true)
        {
            services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        }
        // Policies are named by the modules that use them (Feeds: "public"); the one base policy only adds the
        // negotiated encoding to the key and caches nothing by itself. Bounded (docs/performance.md): entries
        // beyond the size limit are evicted, and a body over MaximumBodySize is served but never stored.
        services.AddOutputCache(o =>
        {
            o.SizeLimit = builder.Configuration.GetValue("Portal:OutputCacheMegabytes", DefaultOutputCacheMegabytes) * 1024L * 1024;
            o.MaximumBodySize = MaximumCachedBodyBytes;
            o.AddBasePolicy(new EncodingCacheKey());
        });
        services.AddPortalRedis(builder.Configuration);
        services.AddPortalRateLimits(builder.Configuration);
    }

    public static void UsePortalHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (PublicSite.Configured(app.Configuration)?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true)
        {
            app.UseHsts();
            app.UseCookiePolicy();
        }
        // Before the cache: a cached response carries them too.
        app.UseMiddleware<SecurityHeaders>();
        // The cache needs the endpoint (its policy, the query parameters it reads), nothing more: a hit is answered
        // here, before error pages, static assets, authentication and authorization. The public policy
        // authenticates a request itself when it carries the auth cookie (PublicPagePolicy).
        app.UseRouting();
        app.UseOutputCache();
        // Inside the cache: the cached entry is the compressed body (EncodingCacheKey).
        app.UseResponseCompression();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), site =>
        {
            site.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/loi/500", StatusCodeSelector = RequestLimits.StatusFor });
            site.UseStatusCodePagesWithReExecute("/loi/{0}");
        });
        app.Use((context, next) =>
        {
            // Theme files are linked with ?v=<content hash> (asp-append-version): the URL changes with
            // the bytes, so the browser may keep them for a year.
            if (context.Request.Path.StartsWithSegments("/_content") && context.Request.Query.ContainsKey("v"))
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    return Task.CompletedTask;
                });
            return next(context);
        });
        app.MapStaticAssets();
        // Again: an error page re-executed by the handlers above starts without an endpoint and is matched here;
        // a request already matched keeps its endpoint (the routing middleware skips it).
        app.UseRouting();
        app.UseRequestChecks();
        app.UseAuthentication();
        app.UseAuthorization();
        // After the cache: a cached page costs nothing, so only renders count against a limit.
        app.UseRateLimiter();
        app.UseAntiforgery();
        // Innermost: a public read the read replica failed runs again on the primary (a no-op without a replica).
        app.UseReplicaFallback();
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        // The document only changes with a deployment.
        app.MapOpenApi("/openapi/v1.json").CacheOutput(p => p.Expire(TimeSpan.FromHours(1)));
    }
}
