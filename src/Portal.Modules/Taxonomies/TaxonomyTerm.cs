using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Taxonomies;

/// <summary>A term of a named list (news categories, S&amp;T fields, provinces …), addressed by taxonomy + slug.</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }
    public required string Taxonomy { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? ParentSlug { get; set; }
    /// <summary>Other names that find the term, separated by ";" (the provinces merged in 2025 keep their old names).</summary>
    public string? Aliases { get; set; }
    public int Order { get; set; }
    /// <summary>Changes on every admin save; a rename or delete from a form that saw another stamp is refused.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> term)
    {
        term.ToTable("Taxonomies_Terms");
        term.Property(t => t.Taxonomy).HasMaxLength(60);
        term.Property(t => t.Slug).HasMaxLength(120);
        term.Property(t => t.Name).HasMaxLength(200);
        term.Property(t => t.NameEn).HasMaxLength(200);
        term.Property(t => t.ParentSlug).HasMaxLength(120);
        term.Property(t => t.Aliases).HasMaxLength(500);
        term.Property(t => t.Stamp).IsConcurrencyToken();
        term.HasIndex(t => new { t.Taxonomy, t.Slug }).IsUnique();
    }
}
