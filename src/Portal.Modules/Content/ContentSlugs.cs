using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Content;

/// <summary>
/// Slugs are unique per type and culture across latest slugs, published slugs and old slugs kept for
/// redirects, so an old address never starts pointing at another item.
/// </summary>
public sealed class ContentSlugs(PortalDbContext db)
{
    public async Task<(ContentResult Result, string? Slug)> ResolveAsync(
        string type, string culture, string id, string? requested, string title, CancellationToken ct)
    {
        var explicitSlug = !string.IsNullOrWhiteSpace(requested);
        var slug = explicitSlug ? requested!.Trim() : VietnameseText.Slugify(title);
        if (explicitSlug && !VietnameseText.IsValidSlug(slug))
            return (ContentResult.Fail(ContentTexts.SlugInvalid, "Slug"), null);
        if (slug.Length == 0)
            slug = "muc";
        var candidate = slug;
        for (var n = 2; await IsSlugTakenAsync(type, culture, id, candidate, ct); n++)
        {
            if (explicitSlug)
                return (ContentResult.Fail(string.Format(ContentTexts.SlugTaken, slug), "Slug"), null);
            candidate = $"{slug}-{n}";
        }
        return (ContentResult.Ok, candidate);
    }

    private async Task<bool> IsSlugTakenAsync(string type, string culture, string id, string slug, CancellationToken ct) =>
        await db.Set<ContentItem>().AnyAsync(i => i.ContentType == type && i.Culture == culture && i.Slug == slug && i.Id != id, ct)
        || await db.Set<ContentVersion>().AnyAsync(v => v.ContentType == type && v.Culture == culture && v.Published && v.Slug == slug && v.ContentItemId != id, ct)
        || await db.Set<ContentRedirect>().AnyAsync(r => r.ContentType == type && r.Culture == culture && r.OldSlug == slug && r.ContentItemId != id, ct);

    public void AddRedirect(ContentItem item, string oldSlug)
    {
        var existing = db.Set<ContentRedirect>().Local.Any(r => r.OldSlug == oldSlug && r.ContentType == item.ContentType && r.Culture == item.Culture)
            || db.Set<ContentRedirect>().Any(r => r.ContentType == item.ContentType && r.Culture == item.Culture && r.OldSlug == oldSlug);
        if (!existing)
            db.Add(new ContentRedirect { ContentType = item.ContentType, Culture = item.Culture, OldSlug = oldSlug, ContentItemId = item.Id });
    }

    public void RemoveRedirect(ContentItem item, string slug) =>
        db.RemoveRange(db.Set<ContentRedirect>().Where(r => r.ContentItemId == item.Id && r.OldSlug == slug));
}
