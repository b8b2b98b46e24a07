using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>What a list card shows of a listing: never the contact block, never the organisation behind an alias.</summary>
public sealed record ListingCard(string Code, ListingKind Kind, string Title, string Summary, string Owner, string ProvinceCode, int? Trl,
    PriceMode PriceMode, DateTime? PublishedUtc)
{
    public string Path => ExchangePaths.Public + "/" + Code.ToLowerInvariant();
}

/// <summary>The public listings of the exchange: those published and not past their expiry.</summary>
internal static class ListingCards
{
    public static IQueryable<Listing> Visible(this IQueryable<Listing> listings, DateTime nowUtc) =>
        listings.Where(l => l.Status == ListingStatus.Published && (l.ExpiresUtc == null || l.ExpiresUtc > nowUtc));

    /// <summary>
    /// The cards of search hits, in the hits' order. The index decides what matches; the rows are read again so a
    /// listing withdrawn or expired since it was indexed never shows.
    /// </summary>
    public static async Task<List<ListingCard>> ForHitsAsync(PortalDbContext db, IEnumerable<SearchHit> hits, DateTime nowUtc, CancellationToken ct)
    {
        var codes = hits.Select(h => h.Id).Where(id => id.StartsWith(ExchangeSearchSource.Prefix, StringComparison.Ordinal))
            .Select(id => id[ExchangeSearchSource.Prefix.Length..]).ToList();
        if (codes.Count == 0)
            return [];
        var cards = await db.Set<Listing>().AsNoTracking().Visible(nowUtc).Where(l => codes.Contains(l.Code))
            .Select(l => new ListingCard(l.Code, l.Kind, l.Title, l.Summary, l.Alias ?? l.OrganisationName, l.ProvinceCode, l.Trl, l.PriceMode, l.PublishedUtc))
            .ToDictionaryAsync(c => c.Code, ct);
        return codes.Where(cards.ContainsKey).Select(c => cards[c]).ToList();
    }
}
