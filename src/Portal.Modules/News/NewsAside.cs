using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Settings;
using Portal.Modules.Site;
using Portal.Modules.Site.Counters;

namespace Portal.Modules.News;

/// <summary>What the right column of the home and article pages shows.</summary>
public sealed record AsideView(
    IReadOnlyList<SectionItem> Latest, IReadOnlyList<SectionItem> MostRead, string PublicServicesUrl, IReadOnlyList<AgencyLink> Agencies);

/// <summary>
/// The right column: the latest news, the most read (totals from Site_ItemReads, counted by the page-view beacon),
/// the banners to the public-services portal and the technology exchange, and the related agencies from the settings.
/// </summary>
public sealed class NewsAside(PortalDbContext db, SiteSettingsStore settings)
{
    public const int Size = 5;
    /// <summary>The technology exchange's public page (the Exchange module's route).</summary>
    public const string ExchangeUrl = "/san-cong-nghe";

    public async Task<AsideView> LoadAsync(bool withLatest, CancellationToken ct = default)
    {
        var site = await settings.GetAsync(ct);
        var news = db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType);
        var latest = withLatest
            ? await news.OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id).Take(Size).AsItems().ToListAsync(ct)
            : [];
        var mostRead = await news
            .Join(db.Set<ItemReads>().Where(r => r.Reads > 0), v => v.ContentItemId, r => r.ContentItemId, (v, r) => new { v, r.Reads })
            .OrderByDescending(x => x.Reads).ThenByDescending(x => x.v.DisplayDateUtc).Take(Size)
            .Select(x => x.v).AsItems().ToListAsync(ct);
        return new AsideView(latest, mostRead, site.PublicServicesUrl, RelatedAgencies.Parse(site.RelatedAgencies));
    }
}
