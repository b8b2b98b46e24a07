using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>
/// RSS 2.0 of each kind's newest listings (/san-cong-nghe/chao-ban/rss …, filtered as the list is by its query) and
/// the exchange's addresses in sitemap.xml. Only published listings not past their expiry; only the columns a public page shows.
/// </summary>
internal static class ExchangeFeeds
{
    public const int FeedSize = 50;

    private sealed record Item(string Code, string Title, string Summary, string Owner, DateTime? PublishedUtc);

    /// <summary>
    /// A kind's newest listings, or, with the list's query parameters (words, facet values), the newest its filtered
    /// list shows: the feed of a filtered list is its RSS alert. Unknown values are left out as the list does.
    /// </summary>
    public static async Task<IResult> KindFeedAsync(string kind, HttpContext http, PortalDbContext db, ISearchIndex index, TimeProvider clock, CancellationToken ct)
    {
        if (ExchangeTexts.KindOfSlug(kind) is not { } listingKind)
            return Results.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = await ExchangeReference.LoadAsync(db, ct);
        var filter = AlertFilter.Read(listingKind, http.Request.Query, reference, out _);
        List<Item> items;
        if (filter.IsFiltered)
        {
            var results = await index.SearchAsync(filter.Request(1, FeedSize), ct);
            items = (await ListingCards.ForHitsAsync(db, results.Hits, now, ct)).Select(c => new Item(c.Code, c.Title, c.Summary, c.Owner, c.PublishedUtc)).ToList();
        }
        else
        {
            items = await db.Set<Listing>().AsNoTracking().Visible(now).Where(l => l.Kind == listingKind)
                .OrderByDescending(l => l.PublishedUtc).ThenByDescending(l => l.Id).Take(FeedSize)
                .Select(l => new Item(l.Code, l.Title, l.Summary, l.Alias ?? l.OrganisationName, l.PublishedUtc))
                .ToListAsync(ct);
        }
        var channel = new RssChannel(
            filter.IsFiltered ? $"{filter.Describe(reference)} – {ExchangeTexts.Name}" : $"{ExchangeTexts.KindName(listingKind)} – {ExchangeTexts.Name}",
            filter.ListPath, ExchangeTexts.KindDescription(listingKind), filter.FeedPath);
        var entries = items.Select(i => new RssItem($"{i.Title} ({i.Code})", $"{ExchangePaths.Public}/{i.Code.ToLowerInvariant()}", i.PublishedUtc, $"{i.Summary} — {i.Owner}", [])).ToList();
        return Results.Bytes(RssWriter.Write(http.Request, channel, entries, now), RssWriter.ContentType);
    }
}

/// <summary>The exchange in sitemap.xml: its landing page, the three kinds' lists, then each visible listing by id.</summary>
internal sealed class ExchangeSitemapSource(PortalDbContext db, TimeProvider clock) : ISitemapSource
{
    private static readonly string[] Fixed =
        [ExchangePaths.Public, .. Enum.GetValues<ListingKind>().Select(k => $"{ExchangePaths.Public}/{ExchangeTexts.KindSlug(k)}")];

    public async Task<int> CountAsync(CancellationToken ct) =>
        Fixed.Length + await db.Set<Listing>().Visible(clock.GetUtcNow().UtcDateTime).CountAsync(ct);

    public async Task<IReadOnlyList<SitemapEntry>> ReadAsync(int skip, int take, CancellationToken ct)
    {
        var entries = Fixed.Skip(skip).Take(take).Select(p => new SitemapEntry(p, null)).ToList();
        var rows = await db.Set<Listing>().AsNoTracking().Visible(clock.GetUtcNow().UtcDateTime).OrderBy(l => l.Id)
            .Skip(Math.Max(0, skip - Fixed.Length)).Take(take - entries.Count)
            .Select(l => new { l.Code, l.UpdatedUtc }).ToListAsync(ct);
        entries.AddRange(rows.Select(r => new SitemapEntry($"{ExchangePaths.Public}/{r.Code.ToLowerInvariant()}", r.UpdatedUtc)));
        return entries;
    }
}
