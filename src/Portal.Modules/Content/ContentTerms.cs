using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Content;

/// <summary>
/// An index row per term of a published item (categories, tags, field codes), written at publish time so
/// category and tag pages are plain indexed queries on both providers instead of JSON probing.
/// </summary>
public sealed class ContentTerm
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentType { get; set; }
    public required string Culture { get; set; }
    public required string Taxonomy { get; set; }
    public required string TermSlug { get; set; }
    public required string TermName { get; set; }
}

internal sealed class ContentTermConfiguration : IEntityTypeConfiguration<ContentTerm>
{
    public void Configure(EntityTypeBuilder<ContentTerm> term)
    {
        term.ToTable("Content_Terms");
        term.Property(t => t.ContentItemId).HasMaxLength(40);
        term.Property(t => t.ContentType).HasMaxLength(40);
        term.Property(t => t.Culture).HasMaxLength(10);
        term.Property(t => t.Taxonomy).HasMaxLength(60);
        term.Property(t => t.TermSlug).HasMaxLength(120);
        term.Property(t => t.TermName).HasMaxLength(200);
        term.HasIndex(t => new { t.ContentType, t.Culture, t.Taxonomy, t.TermSlug });
        term.HasIndex(t => t.ContentItemId);
    }
}

internal static class ContentTermIndex
{
    /// <summary>The rows for a version: one per value of every Terms or List field.</summary>
    public static IEnumerable<ContentTerm> For(ContentTypeDefinition type, ContentVersion version)
    {
        var values = new ContentFieldValues(version.FieldsJson);
        foreach (var field in type.Fields.Where(f => f.Kind is FieldKind.Terms or FieldKind.List))
        {
            foreach (var value in values.List(field.Name).Distinct())
            {
                var slug = field.Kind == FieldKind.Terms ? value : VietnameseText.Slugify(value);
                if (slug.Length == 0)
                    continue;
                yield return new ContentTerm
                {
                    ContentItemId = version.ContentItemId, ContentType = version.ContentType, Culture = version.Culture,
                    Taxonomy = field.Taxonomy ?? field.Name, TermSlug = slug.Length > 120 ? slug[..120] : slug,
                    TermName = value.Length > 200 ? value[..200] : value,
                };
            }
        }
    }
}

/// <summary>Published items that carry each term, for the term lists' counts and their "in use" guard.</summary>
internal sealed class ContentTermUsage(PortalDbContext db) : ITermUsageSource
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(string taxonomy, CancellationToken ct) =>
        await db.Set<ContentTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy)
            .GroupBy(t => t.TermSlug).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
