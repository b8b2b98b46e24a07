using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Exchange.Matching;

/// <summary>Published listings as match profiles: demands on one side, offers and equipment on the other.</summary>
internal sealed class ListingMatchProfiles(PortalDbContext db) : IMatchProfileSource
{
    public MatchPartyType Type => MatchPartyType.Listing;

    public string FeedSource => ListingWorkflow.Module;

    public async Task<(IReadOnlyList<MatchProfile> Public, IReadOnlyList<int> Gone)> LoadChangedAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct)
    {
        var rows = await db.Set<Listing>().AsNoTracking().Where(l => entityIds.Contains(l.Code)).ToListAsync(ct);
        return (rows.Where(l => l.IsPublic).Select(ToProfile).ToList(), rows.Where(l => !l.IsPublic).Select(l => l.Id).ToList());
    }

    public async Task<IReadOnlyList<MatchProfile>> LoadAsync(CancellationToken ct)
    {
        var rows = await db.Set<Listing>().AsNoTracking().Where(l => l.Status == ListingStatus.Published)
            .Select(l => new { l.Id, l.Kind, l.PrimaryField, l.SecondaryFields, l.Keywords, l.Title, l.ProvinceCode, l.PriceMode, l.PriceAmount })
            .ToListAsync(ct);
        return rows.Select(l => Profile(l.Id, l.Kind, l.PrimaryField, l.SecondaryFields, l.Keywords, l.Title, l.ProvinceCode, l.PriceMode, l.PriceAmount)).ToList();
    }

    public async Task<IReadOnlyDictionary<int, MatchCounterpart>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.Set<Listing>().AsNoTracking().Where(l => ids.Contains(l.Id) && l.Status == ListingStatus.Published)
            .Select(l => new { l.Id, l.Kind, l.Code, l.Title, l.Alias, l.OrganisationName }).ToListAsync(ct);
        return rows.ToDictionary(l => l.Id, l => new MatchCounterpart(
            ExchangeTexts.KindName(l.Kind), $"{l.Code} · {l.Title}", string.IsNullOrWhiteSpace(l.Alias) ? l.OrganisationName : l.Alias,
            "/san-cong-nghe/" + l.Code.ToLowerInvariant()));
    }

    public static MatchProfile ToProfile(Listing l) =>
        Profile(l.Id, l.Kind, l.PrimaryField, l.SecondaryFields, l.Keywords, l.Title, l.ProvinceCode, l.PriceMode, l.PriceAmount);

    private static MatchProfile Profile(int id, ListingKind kind, string primary, string secondary, string keywords, string title, string province, PriceMode price, long? amount) =>
        new(new MatchParty(MatchPartyType.Listing, id), kind == ListingKind.Demand ? MatchSide.Demand : MatchSide.Supply,
            primary, Listing.Split(secondary), Listing.Split(keywords), title, province,
            Budget: kind == ListingKind.Demand ? amount : null,
            Price: kind != ListingKind.Demand && price == PriceMode.Fixed ? amount : null);
}
