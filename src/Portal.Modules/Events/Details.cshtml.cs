using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Events;

public sealed class DetailsModel(PortalDbContext db, TimeProvider clock) : SectionDetailsModel(db, EventsModule.Definition, StructuredData.Event)
{
    /// <summary>Other events still to come, soonest first; past ones only when none is coming.</summary>
    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await LoadRelatedAsync(version, ct, q => q.Where(v => v.DisplayDateUtc >= now), soonestFirst: true);
        if (Related.Count == 0)
            await LoadRelatedAsync(version, ct);
    }
}
