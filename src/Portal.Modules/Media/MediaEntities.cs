using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Media;

/// <summary>
/// One file of the library. Content refers to it by <see cref="Id"/>, never by hash, so replacing the file
/// (a new <see cref="Hash"/>) changes every page that uses it.
/// </summary>
public sealed class MediaItem
{
    /// <summary>The folder of people's portraits (expert photos): their originals are never served, only the presets without metadata.</summary>
    public const string PortraitFolder = "chan-dung";

    public required string Id { get; set; }
    public required string FileName { get; set; }
    public MediaKind Kind { get; set; }
    public required string Mime { get; set; }
    public required string Extension { get; set; }
    /// <summary>SHA-256 of the original, lower-case hex: the file's address in the store.</summary>
    public required string Hash { get; set; }
    public long Length { get; set; }
    /// <summary>Size of the picture: the image itself, a video's poster frame or a PDF's first page.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>Widths made at upload, comma-separated ("320,640,960"); empty when the file has no picture.</summary>
    public string PresetWidths { get; set; } = "";
    public string PresetFormats { get; set; } = "";
    public double? DurationSeconds { get; set; }
    public string Alt { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public string Folder { get; set; } = "";
    /// <summary>Comma-separated, lower-case.</summary>
    public string Tags { get; set; } = "";
    /// <summary>A WebVTT item attached to a clip as its captions.</summary>
    public string? CaptionsId { get; set; }
    /// <summary>Whether the original may be downloaded by anyone (derived pictures always may).</summary>
    public bool IsPublic { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public string UploadedBy { get; set; } = "";
    /// <summary>Changes on every save of the metadata or the file; a metadata form that saw another stamp is refused.</summary>
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public IReadOnlyList<int> Widths => PresetWidths.Length == 0 ? [] : PresetWidths.Split(',').Select(int.Parse).ToList();
    public IReadOnlyList<string> Formats => PresetFormats.Length == 0 ? [] : PresetFormats.Split(',');
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> item)
    {
        item.ToTable("Media_Items");
        item.Property(i => i.Id).HasMaxLength(32);
        item.Property(i => i.FileName).HasMaxLength(255);
        item.Property(i => i.Mime).HasMaxLength(120);
        item.Property(i => i.Extension).HasMaxLength(10);
        item.Property(i => i.Hash).HasMaxLength(64);
        item.Property(i => i.PresetWidths).HasMaxLength(100);
        item.Property(i => i.Stamp).IsConcurrencyToken();
        item.Property(i => i.PresetFormats).HasMaxLength(40);
        item.Property(i => i.Alt).HasMaxLength(500);
        item.Property(i => i.Caption).HasMaxLength(1000);
        item.Property(i => i.Credit).HasMaxLength(200);
        item.Property(i => i.Folder).HasMaxLength(100);
        item.Property(i => i.Tags).HasMaxLength(500);
        item.Property(i => i.CaptionsId).HasMaxLength(32);
        item.Property(i => i.UploadedBy).HasMaxLength(200);
        item.Ignore(i => i.Widths);
        item.Ignore(i => i.Formats);
        item.HasIndex(i => i.Hash);
        item.HasIndex(i => new { i.Folder, i.CreatedUtc });
    }
}
