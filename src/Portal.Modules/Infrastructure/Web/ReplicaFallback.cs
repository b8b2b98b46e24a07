using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// A public read that failed on the read replica (stopped, unreachable, cancelled by recovery) is run again, once,
/// on the primary, in a fresh service scope so no service keeps the replica's context: the visitor sees the page,
/// never a 500. The replica is marked down, so the next requests go to the primary straight away.
/// </summary>
public static class ReplicaFallback
{
    public static IApplicationBuilder UseReplicaFallback(this IApplicationBuilder app)
    {
        var replica = app.ApplicationServices.GetRequiredService<ReadReplica>();
        if (!replica.Enabled)
            return app;
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (context.Items.ContainsKey(ReadDb.UsedReplicaKey) && !context.Response.HasStarted && FromDatabase(ex))
            {
                replica.MarkDown(ex);
                context.Items.Remove(ReadDb.UsedReplicaKey);
                context.Items[ReadDb.PrimaryOnlyKey] = true;
                context.Response.Clear();
                var requestServices = context.RequestServices;
                await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                context.RequestServices = scope.ServiceProvider;
                try
                {
                    await next(context);
                }
                finally
                {
                    context.RequestServices = requestServices;
                }
            }
        });
    }

    private static bool FromDatabase(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is NpgsqlException or TimeoutException)
                return true;
        return false;
    }
}
