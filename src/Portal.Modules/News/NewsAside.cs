using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
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
public sealed class NewsAside(PortalDbContext db, SiteSettingsStore settings, NewsAside.Lists lists, TimeProvider clock)
{
    public const int Size = 5;
    /// <summary>The technology exchange's public page (the Exchange module's route).</summary>
    public const string ExchangeUrl = "/san-cong-nghe";
    /// <summary>How long the lists are kept: the read counts behind "most read" are written about as often.</summary>
    public static readonly TimeSpan ListsLifetime = TimeSpan.FromMinutes(1);

    public async Task<AsideView> LoadAsync(bool withLatest, CancellationToken ct = default)
    {
        var site = await settings.GetAsync(ct);
        var read = await lists.Of(withLatest).GetOrReadAsync(() => ReadListsAsync(withLatest, ct), clock);
        return new AsideView(read.Latest, read.MostRead, site.PublicServicesUrl, RelatedAgencies.Parse(site.RelatedAgencies));
    }

    private async Task<Lists.Read> ReadListsAsync(bool withLatest, CancellationToken ct)
    {
        var news = db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType);
        var latest = withLatest
            ? await news.OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id).Take(Size).AsItems().ToListAsync(ct)
            : [];
        var mostRead = await news
            .Join(db.Set<ItemReads>().Where(r => r.Reads > 0), v => v.ContentItemId, r => r.ContentItemId, (v, r) => new { v, r.Reads })
            .OrderByDescending(x => x.Reads).ThenByDescending(x => x.v.DisplayDateUtc).Take(Size)
            .Select(x => x.v).AsItems().ToListAsync(ct);
        return new Lists.Read(latest, mostRead);
    }

    /// <summary>
    /// The two lists, read once for every page of the next minute (every article shows them); forgotten at once
    /// when anything public changes (<see cref="ForgetOnChange"/>), so a new article is in "latest" straight away.
    /// </summary>
    public sealed class Lists
    {
        internal sealed record Read(IReadOnlyList<SectionItem> Latest, IReadOnlyList<SectionItem> MostRead);

        private readonly KeptCopy<Read> withLatest = new(ListsLifetime), withoutLatest = new(ListsLifetime);

        internal KeptCopy<Read> Of(bool latest) => latest ? withLatest : withoutLatest;

        public void Forget()
        {
            withLatest.Forget();
            withoutLatest.Forget();
        }
    }

    /// <summary>Anything public changed: here (the change listener) or on another node (the change follower).</summary>
    internal sealed class ForgetOnChange(Lists lists) : IChangeListener, IProcessCache
    {
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => ForgetAsync(changes, ct);

        public Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
        {
            lists.Forget();
            return Task.CompletedTask;
        }
    }
}
