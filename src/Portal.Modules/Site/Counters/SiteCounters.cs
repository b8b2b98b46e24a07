using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Settings;

namespace Portal.Modules.Site.Counters;

/// <summary>
/// The page-view beacon: site.js posts to /luot-xem once a page is shown (a cached page included), with the id
/// of the item it shows. Nothing identifies the visitor; bots (by user agent) are not counted.
/// </summary>
public static class SiteCounters
{
    public const string BeaconPath = "/luot-xem";

    public static IServiceCollection AddSiteCounters(this IServiceCollection services)
    {
        services.AddSingleton<ViewCounter>();
        services.AddHostedService<CounterFlusher>();
        services.AddScoped<VisitorTotal>();
        return services;
    }

    public static IEndpointRouteBuilder MapSiteCounters(this IEndpointRouteBuilder app)
    {
        app.MapPost(BeaconPath, async (HttpContext http, ViewCounter counter, SiteSettingsStore settings, CancellationToken ct) =>
        {
            if (!ViewCounter.IsBot(http.Request.Headers.UserAgent.ToString()))
            {
                var item = http.Request.Query["muc"].ToString();
                counter.Record(item.Length == 0 ? null : item, (await settings.GetAsync(ct)).VisitorCounter);
            }
            return Results.NoContent();
        }).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }
}

/// <summary>The footer's "Lượt truy cập": the sum of the daily totals, read at most every five minutes.</summary>
public sealed class VisitorTotal(PortalDbContext db, IMemoryCache cache)
{
    public async Task<long> GetAsync(CancellationToken ct = default) =>
        await cache.GetOrCreateAsync("visitor-total", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Set<DailyVisits>().SumAsync(v => v.Views, ct);
        });

    public void Forget() => cache.Remove("visitor-total");
}
