using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Content;

public static class ContentQueries
{
    public static IQueryable<ContentVersion> PublishedOf(this IQueryable<ContentVersion> versions, string type, string culture = "vi") =>
        versions.Where(v => v.Published && v.ContentType == type && v.Culture == culture);

    public static IQueryable<ContentVersion> LatestVersions(this IQueryable<ContentVersion> versions) =>
        versions.Where(v => v.Latest);

    /// <summary>Finds a published item by slug; when only an old slug matches, returns where it moved.</summary>
    public static async Task<(ContentVersion? Version, string? MovedTo)> FindPublishedAsync(
        this DbContext db, string type, string culture, string slug, CancellationToken ct = default)
    {
        var version = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(type, culture).SingleOrDefaultAsync(v => v.Slug == slug, ct);
        if (version is not null)
            return (version, null);
        var moved = await db.Set<ContentRedirect>().AsNoTracking()
            .Where(r => r.ContentType == type && r.Culture == culture && r.OldSlug == slug)
            .Join(db.Set<ContentVersion>().Where(v => v.Published), r => r.ContentItemId, v => v.ContentItemId, (r, v) => v.Slug)
            .FirstOrDefaultAsync(ct);
        return (null, moved);
    }
}
