using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Search;

/// <summary>
/// One indexed document with its original text, kept for highlighting and snippets. The engine-specific
/// full-text structures (the FTS5 table, the tsvector column) hang off Id and are created in raw SQL.
/// </summary>
internal sealed class SearchEntry
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Type { get; set; }
    public required string Culture { get; set; }
    public required string Title { get; set; }
    public string Lead { get; set; } = "";
    public string Body { get; set; } = "";
    public required string Url { get; set; }
    public DateTime? DateUtc { get; set; }
    /// <summary>Days since 2000-01-01 of DateUtc: what the freshness boost reads without parsing dates in SQL.</summary>
    public int Day { get; set; }
}

/// <summary>A filterable value of a document (type, year, category, field), counted for facets.</summary>
internal sealed class SearchFacet
{
    public long Id { get; set; }
    public long EntryId { get; set; }
    public required string Name { get; set; }
    public required string Value { get; set; }
}

/// <summary>How far the index has read each source's log. RebuildTarget is set while a rebuild runs.</summary>
internal sealed class SearchCursor
{
    public required string Name { get; set; }
    public long Position { get; set; }
    public long? RebuildTarget { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>Folded words of titles and leads with the number of documents using them: spelling suggestions.</summary>
internal sealed class SearchTerm
{
    public required string Term { get; set; }
    public required string Display { get; set; }
    public int Docs { get; set; }
}

internal sealed class SearchEntitiesConfiguration :
    IEntityTypeConfiguration<SearchEntry>, IEntityTypeConfiguration<SearchFacet>,
    IEntityTypeConfiguration<SearchCursor>, IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchEntry> entry)
    {
        entry.ToTable("Search_Documents");
        entry.Property(e => e.Key).HasMaxLength(120);
        entry.Property(e => e.Type).HasMaxLength(40);
        entry.Property(e => e.Culture).HasMaxLength(10);
        entry.Property(e => e.Title).HasMaxLength(500);
        entry.Property(e => e.Lead).HasMaxLength(4000);
        entry.Property(e => e.Url).HasMaxLength(400);
        entry.HasIndex(e => e.Key).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SearchFacet> facet)
    {
        facet.ToTable("Search_Facets");
        facet.Property(f => f.Name).HasMaxLength(20);
        facet.Property(f => f.Value).HasMaxLength(120);
        facet.HasIndex(f => f.EntryId);
        facet.HasIndex(f => new { f.Name, f.Value, f.EntryId });
    }

    public void Configure(EntityTypeBuilder<SearchCursor> cursor)
    {
        cursor.ToTable("Search_Cursor");
        cursor.HasKey(c => c.Name);
        cursor.Property(c => c.Name).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<SearchTerm> term)
    {
        term.ToTable("Search_Terms");
        term.HasKey(t => t.Term);
        term.Property(t => t.Term).HasMaxLength(60);
        term.Property(t => t.Display).HasMaxLength(60);
    }
}
