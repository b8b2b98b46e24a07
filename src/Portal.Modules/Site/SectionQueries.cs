using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Site;

/// <summary>What list pages show of a published item: no body, just enough for a card.</summary>
public sealed record SectionItem(string Id, string Type, string Title, string Slug, string Summary, string FieldsJson, DateTime? Date, DateTime? Updated)
{
    public ContentFieldValues Fields => new(FieldsJson);
}

public static class SectionQueries
{
    public static IQueryable<SectionItem> AsItems(this IQueryable<ContentVersion> versions) =>
        versions.Select(v => new SectionItem(v.ContentItemId, v.ContentType, v.Title, v.Slug, v.Summary, v.FieldsJson, v.DisplayDateUtc, v.PublishedUtc));

    /// <summary>A page of a section, newest first, optionally narrowed.</summary>
    public static async Task<(IReadOnlyList<SectionItem> Items, Pager Pager)> PageAsync(
        this PortalDbContext db, string type, int? page, int size, CancellationToken ct,
        Func<IQueryable<ContentVersion>, IQueryable<ContentVersion>>? filter = null, bool oldestFirst = false, string culture = "vi")
    {
        var query = db.Set<ContentVersion>().AsNoTracking().PublishedOf(type, culture);
        if (filter is not null)
            query = filter(query);
        var pager = new Pager(Pager.Normalise(page), size, await query.CountAsync(ct));
        var ordered = oldestFirst
            ? query.OrderBy(v => v.DisplayDateUtc).ThenBy(v => v.Id)
            : query.OrderByDescending(v => v.DisplayDateUtc).ThenByDescending(v => v.Id);
        var items = await ordered.Skip(pager.Skip).Take(size).AsItems().ToListAsync(ct);
        return (items, pager);
    }

    /// <summary>Items carrying a term (category, tag …), from the index written at publish time.</summary>
    public static IQueryable<ContentVersion> WithTerm(this IQueryable<ContentVersion> versions, PortalDbContext db, string taxonomy, string slug) =>
        versions.Where(v => db.Set<ContentTerm>().Any(t => t.ContentItemId == v.ContentItemId && t.Taxonomy == taxonomy && t.TermSlug == slug));

    public static IQueryable<ContentVersion> InPeriod(this IQueryable<ContentVersion> versions, int year, int? month)
    {
        var startLocal = new DateTime(year, month ?? 1, 1);
        var endLocal = month is null ? startLocal.AddYears(1) : startLocal.AddMonths(1);
        var (start, end) = (Formats.ToUtc(startLocal), Formats.ToUtc(endLocal));
        return versions.Where(v => v.DisplayDateUtc >= start && v.DisplayDateUtc < end);
    }
}
