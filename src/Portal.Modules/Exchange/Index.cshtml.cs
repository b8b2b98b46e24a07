using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>/san-cong-nghe: what the exchange is, how many listings of each kind, the newest of each, a search box.</summary>
public sealed class IndexModel(ISearchIndex index, PortalDbContext db, TimeProvider clock) : PageModel
{
    private const int Latest = 3;

    public sealed record KindSection(ListingKind Kind, int Count, IReadOnlyList<ListingCard> Latest);

    public IReadOnlyList<KindSection> Kinds { get; private set; } = [];
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = await ExchangeReference.LoadAsync(db, ct);
        var kinds = Enum.GetValues<ListingKind>();
        // Counted on the exchange's own kind facet: the type filter stays in SQL (a counted type would widen it).
        var counts = await index.SearchAsync(new SearchRequest(null, Size: 1)
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = kinds.Select(ExchangeTexts.KindFacet).ToList() },
            FacetsWanted = [ExchangeFacets.Kind],
        }, ct);
        var byKind = counts.Facets.GetValueOrDefault(ExchangeFacets.Kind)?.ToDictionary(v => v.Value, v => v.Count) ?? [];
        var now = clock.GetUtcNow().UtcDateTime;
        var sections = new List<KindSection>();
        foreach (var kind in kinds)
        {
            var latest = await index.SearchAsync(new SearchRequest(null, Type: ExchangeTexts.KindFacet(kind), Size: Latest, WithFacets: false), ct);
            sections.Add(new KindSection(kind, byKind.GetValueOrDefault(ExchangeTexts.KindFacet(kind)), await ListingCards.ForHitsAsync(db, latest.Hits, now, ct)));
        }
        Kinds = sections;
    }
}
