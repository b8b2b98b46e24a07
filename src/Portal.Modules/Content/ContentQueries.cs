using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Content;

public static class ContentQueries
{
    public static IQueryable<ContentVersion> PublishedOf(this IQueryable<ContentVersion> versions, string type, string culture = "vi") =>
        versions.Where(v => v.Published && v.ContentType == type && v.Culture == culture);

    public static IQueryable<ContentVersion> LatestVersions(this IQueryable<ContentVersion> versions) =>
        versions.Where(v => v.Latest);

    /// <summary>
    /// Items whose field <paramref name="key"/> is exactly <paramref name="value"/> (a string, number, bool or
    /// array). FieldsJson is stored compact by System.Text.Json, so "key":value is a stable substring on
    /// both providers; use it for rare filters, the term index for lists that need an index.
    /// </summary>
    public static IQueryable<ContentVersion> WithFieldValue(this IQueryable<ContentVersion> versions, string key, object value)
    {
        var fragment = $"\"{key}\":{System.Text.Json.JsonSerializer.Serialize(value)}";
        return versions.Where(v => v.FieldsJson.Contains(fragment));
    }

    /// <summary>
    /// The public URL of the item's published counterpart in the other language, whichever side holds the link
    /// (<see cref="ContentItem.CounterpartId"/>); null when there is none. The links are known in memory
    /// (<see cref="CounterpartLinks"/>), so an item without one costs no query.
    /// </summary>
    public static async Task<string?> CounterpartUrlAsync(this DbContext db, ContentTypeRegistry types, CounterpartLinks links, string itemId, CancellationToken ct = default)
    {
        if (await links.OtherAsync(itemId, ct) is not { } other)
            return null;
        var found = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.Published && v.ContentItemId == other)
            .Select(v => new { v.ContentType, v.Culture, v.Slug }).FirstOrDefaultAsync(ct);
        return found is null || types.Find(found.ContentType) is not { } type ? null : type.UrlFor(found.Culture, found.Slug);
    }

    /// <summary>Finds a published item by slug; when only an old slug matches, returns where it moved.</summary>
    public static async Task<(ContentVersion? Version, string? MovedTo)> FindPublishedAsync(
        this DbContext db, string type, string culture, string slug, CancellationToken ct = default)
    {
        var version = await db.Set<ContentVersion>().AsNoTracking().PublishedOf(type, culture).Include(v => v.Item)
            .SingleOrDefaultAsync(v => v.Slug == slug, ct);
        if (version is not null)
            return (version, null);
        var moved = await db.Set<ContentRedirect>().AsNoTracking()
            .Where(r => r.ContentType == type && r.Culture == culture && r.OldSlug == slug)
            .Join(db.Set<ContentVersion>().Where(v => v.Published), r => r.ContentItemId, v => v.ContentItemId, (r, v) => v.Slug)
            .FirstOrDefaultAsync(ct);
        return (null, moved);
    }
}
