using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Audit;

/// <summary>
/// The portal's one audit trail (Audit_Entries). Modules record their own actions through IAuditLog with what
/// they know (record, version, detail); any other successful POST under /admin is recorded by the fallback below,
/// so a new admin page is audited before anyone remembers to.
/// </summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddPermissions(AuditPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Nhật ký quản trị", "/admin/nhat-ky", AuditPermissions.Read, 80));
        return services;
    }

    /// <summary>After authentication and routing: the actor and the page are known.</summary>
    public static WebApplication UseAuditModule(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/admin")
                || context.Items.ContainsKey(AuditLog.RecordedKey) || !Succeeded(context))
                return;
            // The action is done and saved; the fallback entry goes in its own unit of work.
            await using var scope = context.RequestServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var segments = context.Request.Path.Value!.Trim('/').Split('/', 3);
            var handler = context.Request.Query["handler"].ToString();
            audit.Record("admin", segments.ElementAtOrDefault(1) ?? "admin", segments.ElementAtOrDefault(2) ?? "-",
                string.IsNullOrEmpty(handler) ? "post" : handler.ToLowerInvariant(), $"POST {context.Request.Path}{context.Request.QueryString} → {context.Response.StatusCode}");
            await db.SaveChangesAsync(CancellationToken.None);
        });
        return app;
    }

    // A page that saved redirects (PRG); an API that changed something answers 201 or 204 (a preview's 200
    // changed nothing). A page answering 200 re-shows its form with what was wrong.
    private static bool Succeeded(HttpContext context) =>
        context.Response.StatusCode is >= 300 and < 400
        || (context.Request.Path.StartsWithSegments("/admin/api") && context.Response.StatusCode is 201 or 204);
}
