using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// The context for a public page's or feed's read-only queries (lists, search, RSS, sitemaps): the read replica
/// when one is configured, this is a public GET request and the replica has caught up (<see cref="ReadReplica"/>);
/// otherwise the request's own <see cref="PortalDbContext"/> on the primary. Chosen once per scope, on first use.
/// Never for anything that writes, signs in, administers or runs as a job: those keep injecting PortalDbContext.
/// </summary>
public sealed class ReadDb(IServiceProvider services, ReadReplica replica, IHttpContextAccessor http) : IAsyncDisposable
{
    /// <summary>Set on the request by <see cref="Web.ReplicaFallback"/> when the replica failed it: the retry reads the primary.</summary>
    internal const string PrimaryOnlyKey = "Portal.ReadDb.PrimaryOnly";

    /// <summary>Set on the request when some scope read the replica: a failure may then be the replica's.</summary>
    internal const string UsedReplicaKey = "Portal.ReadDb.UsedReplica";

    private PortalDbContext? chosen;
    private PortalDbContext? own;

    public PortalDbContext Db => chosen ??= Choose();

    private PortalDbContext Choose()
    {
        var context = http.HttpContext;
        var onReplica = context is not null && MayUseReplica(context) && replica.IsCaughtUp();
        if (replica.Enabled)
            replica.CountRead(onReplica);
        if (!onReplica)
            return services.GetRequiredService<PortalDbContext>();
        context!.Items[UsedReplicaKey] = true;
        return own = replica.CreateContext();
    }

    private static bool MayUseReplica(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Items.ContainsKey(PrimaryOnlyKey)
        && !context.Request.Path.StartsWithSegments("/admin")
        && !context.Request.Path.StartsWithSegments("/api/admin");

    public ValueTask DisposeAsync() => own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
