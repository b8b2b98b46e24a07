namespace Portal.Modules.Media;

/// <summary>
/// What other modules may know about media: resolve an id (kept in Markdown or in FieldsJson, e.g.
/// "coverMediaId") to URLs and &lt;picture&gt; sources, and find where an id is used.
/// Markdown bodies hold a one-line <c>&lt;picture&gt;</c> whose URLs are <c>/media/i/{id}/{w}.{fmt}</c>, which keeps working when the
/// file is replaced.
/// </summary>
public interface IMediaLibrary
{
    Task<MediaView?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Several ids in one query (cards of a list page); unknown and empty ids are left out.</summary>
    Task<IReadOnlyDictionary<string, MediaView>> GetManyAsync(IEnumerable<string?> ids, CancellationToken ct = default);

    /// <summary>Sources for a &lt;picture&gt; (one &lt;source&gt; per modern format, a JPEG &lt;img&gt; fallback), or null.</summary>
    Task<MediaPicture?> GetPictureAsync(string id, CancellationToken ct = default);

    /// <summary>A URL for the picture of <paramref name="id"/> at any width: a preset when there is one, otherwise signed.</summary>
    Task<string?> ImageUrlAsync(string id, int width, string format = "webp", CancellationToken ct = default);

    /// <summary>Content items whose latest or published version mentions the id (body or fields).</summary>
    Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(string id, CancellationToken ct = default);
}

public sealed record MediaView(
    string Id, MediaKind Kind, string FileName, string Mime, long Length, string Alt, string Caption, string Credit,
    int? Width, int? Height, double? DurationSeconds, string? OriginalUrl, string? PosterUrl, string? CaptionsUrl, MediaPicture? Picture)
{
    /// <summary>"PDF, 2,4 MB": what a download link tells before the click.</summary>
    public string DownloadLabel => $"{MediaTexts.FormatName(Mime, Kind)}, {MediaTexts.Size(Length)}";
}

public sealed record MediaPicture(string Alt, int Width, int Height, IReadOnlyList<PictureSource> Sources, string Src, string Srcset, string? Caption, string? Credit);

public sealed record PictureSource(string Type, string Srcset);

public sealed record MediaUsage(string ContentItemId, string Title, string ContentType, bool Published);
