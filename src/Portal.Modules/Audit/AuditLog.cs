using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Audit;

/// <summary>
/// Records audit entries into the current unit of work: the caller's SaveChangesAsync writes them with its own
/// change, so an action is never logged without happening nor happens without being logged.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an entry by the signed-in user of the current request (or the system outside a request).</summary>
    void Record(string module, string entity, string entityId, string action, string? detail = null, int? version = null);

    /// <summary>Adds an entry by a named actor (background jobs, recipes, a workflow told who acts).</summary>
    void Record(string module, string entity, string entityId, string action, string? actorId, string actorName, string? detail = null, int? version = null);
}

internal sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    /// <summary>Set on the request when a module recorded its own entry, so the generic admin-action entry is not doubled.</summary>
    internal const string RecordedKey = "audit.recorded";

    public void Record(string module, string entity, string entityId, string action, string? detail = null, int? version = null)
    {
        var user = http.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        Record(module, entity, entityId, action, signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? user!.Identity!.Name ?? "" : "Hệ thống", detail, version);
    }

    public void Record(string module, string entity, string entityId, string action, string? actorId, string actorName, string? detail = null, int? version = null)
    {
        var context = http.HttpContext;
        if (context is not null)
            context.Items[RecordedKey] = true;
        db.Add(new AuditEntry
        {
            Module = module, Entity = entity, EntityId = Clip(entityId, 200), Action = Clip(action, 60), Version = version,
            ActorId = actorId, ActorName = Clip(actorName, 256), Address = context?.Connection.RemoteIpAddress?.ToString(),
            AtUtc = clock.GetUtcNow().UtcDateTime, Detail = detail is null ? null : Clip(detail, 1000),
        });
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
