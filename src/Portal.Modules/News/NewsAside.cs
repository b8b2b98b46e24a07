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
        if (lists.Get(withLatest, clock) is not var (latest, mostRead))
        {
            var generation = lists.Generation;
            (latest, mostRead) = lists.Keep(withLatest, clock, generation, await ReadListsAsync(withLatest, ct));
        }
        return new AsideView(latest, mostRead, site.PublicServicesUrl, RelatedAgencies.Parse(site.RelatedAgencies));
    }

    private async Task<(IReadOnlyList<SectionItem>, IReadOnlyList<SectionItem>)> ReadListsAsync(bool withLatest, CancellationToken ct)
    {
        var news = db.Set<ContentVersion>().AsNoTracking().PublishedOf(NewsModule.ContentType);
        var latest = withLatest
            ? await news.OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id).Take(Size).AsItems().ToListAsync(ct)
            : [];
        var mostRead = await news
            .Join(db.Set<ItemReads>().Where(r => r.Reads > 0), v => v.ContentItemId, r => r.ContentItemId, (v, r) => new { v, r.Reads })
            .OrderByDescending(x => x.Reads).ThenByDescending(x => x.v.DisplayDateUtc).Take(Size)
            .Select(x => x.v).AsItems().ToListAsync(ct);
        return (latest, mostRead);
    }

    /// <summary>
    /// The two lists, read once for every page of the next minute (every article shows them); forgotten at once
    /// when anything public changes (<see cref="ForgetOnChange"/>), so a new article is in "latest" straight away.
    /// </summary>
    public sealed class Lists
    {
        private sealed record Kept(IReadOnlyList<SectionItem> Latest, IReadOnlyList<SectionItem> MostRead, DateTimeOffset At, long Generation);

        private readonly Kept?[] kept = new Kept?[2];
        private long generation;

        internal (IReadOnlyList<SectionItem>, IReadOnlyList<SectionItem>)? Get(bool withLatest, TimeProvider clock) =>
            Volatile.Read(ref kept[withLatest ? 1 : 0]) is { } k && k.Generation == Interlocked.Read(ref generation) && clock.GetUtcNow() - k.At < ListsLifetime
                ? (k.Latest, k.MostRead)
                : null;

        /// <summary>Counts the changes heard; lists are kept with the count seen before they were read.</summary>
        internal long Generation => Interlocked.Read(ref generation);

        internal (IReadOnlyList<SectionItem>, IReadOnlyList<SectionItem>) Keep(
            bool withLatest, TimeProvider clock, long readAt, (IReadOnlyList<SectionItem> Latest, IReadOnlyList<SectionItem> MostRead) read)
        {
            // Read while a change landed: kept under the old generation, so the next page reads again.
            Volatile.Write(ref kept[withLatest ? 1 : 0], new Kept(read.Latest, read.MostRead, clock.GetUtcNow(), readAt));
            return read;
        }

        public void Forget() => Interlocked.Increment(ref generation);
    }

    internal sealed class ForgetOnChange(Lists lists) : IChangeListener
    {
        public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct)
        {
            lists.Forget();
            return Task.CompletedTask;
        }
    }
}
