using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Exchange;

/// <summary>Listings that show a library file (publicly or to members), so the library will not delete it.</summary>
internal sealed class ListingMediaUsage(PortalDbContext db) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct)
    {
        var rows = await db.Set<Listing>().AsNoTracking()
            .Where(l => l.PublicMediaIds.Contains(mediaId) || l.MemberMediaIds.Contains(mediaId))
            .Select(l => new { l.Id, l.Code, l.Title, l.Status }).ToListAsync(ct);
        return rows.Select(l => new MediaUsage(ListingWorkflow.Module, l.Code, $"{l.Code}: {l.Title}", ExchangePaths.AdminReview(l.Id), l.Status == ListingStatus.Published)).ToList();
    }
}

/// <summary>How many listings use each S&amp;T field, province or transfer type, so a used term is not deleted.</summary>
internal sealed class ListingTermUsage(PortalDbContext db) : ITermUsageSource
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(string taxonomy, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> codes) { foreach (var code in codes) counts[code] = counts.GetValueOrDefault(code) + 1; }
        switch (taxonomy)
        {
            case SharedTaxonomies.StFields:
                foreach (var l in await db.Set<Listing>().AsNoTracking().Select(l => new { l.PrimaryField, l.SecondaryFields }).ToListAsync(ct))
                    Add(new[] { l.PrimaryField }.Concat(Listing.Split(l.SecondaryFields)).Distinct());
                break;
            case SharedTaxonomies.Provinces:
                Add(await db.Set<Listing>().AsNoTracking().Select(l => l.ProvinceCode).ToListAsync(ct));
                break;
            case SharedTaxonomies.TransferTypes:
                foreach (var joined in await db.Set<Listing>().AsNoTracking().Select(l => l.TransferTypes).ToListAsync(ct))
                    Add(Listing.Split(joined));
                break;
        }
        return counts;
    }
}
