using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;

namespace Portal.Modules.Experts;

/// <summary>What a list card shows of an expert: never a contact value.</summary>
public sealed record ExpertCard(string Slug, string FullName, ExpertDegree Degree, AcademicTitle Title, string OrganisationName, string? Unit,
    string PrimaryField, string ProvinceCode, string Bio)
{
    public string Path => ExpertPaths.Public + "/" + Slug;
    public string DisplayName => ExpertTexts.DisplayName(FullName, Degree, Title);
    public string Summary => Bio.Length <= 240 ? Bio : Bio[..240].TrimEnd() + "…";
}

internal static class ExpertCards
{
    /// <summary>The cards of search hits, in the hits' order, read again so a profile withdrawn since it was indexed never shows.</summary>
    public static async Task<List<ExpertCard>> ForHitsAsync(PortalDbContext db, IEnumerable<SearchHit> hits, CancellationToken ct)
    {
        var slugs = hits.Select(h => h.Id).Where(id => id.StartsWith(ExpertSearchSource.Prefix, StringComparison.Ordinal))
            .Select(id => id[ExpertSearchSource.Prefix.Length..]).ToList();
        if (slugs.Count == 0)
            return [];
        var cards = await db.PublicExperts().AsNoTracking().Where(p => slugs.Contains(p.Slug))
            .Select(p => new ExpertCard(p.Slug, p.FullName, p.Degree, p.Title, p.OrganisationName, p.Unit, p.PrimaryField, p.ProvinceCode, p.Bio))
            .ToDictionaryAsync(c => c.Slug, ct);
        return slugs.Where(cards.ContainsKey).Select(s => cards[s]).ToList();
    }
}
