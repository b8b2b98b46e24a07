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

    /// <summary>Everything that uses the file, as every module reports it (<see cref="IMediaUsageSource"/>).</summary>
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

/// <summary>One record that uses a library file: where it lives, what it is called, where staff edit it, whether the public sees it.</summary>
public sealed record MediaUsage(string Module, string Id, string Title, string AdminUrl, bool Public);

/// <summary>
/// A module's answer to "which of your records use this library file?". Every module that stores file ids
/// registers one (services.AddScoped&lt;IMediaUsageSource, …&gt;()); "where used" and "may this file be deleted"
/// ask them all, so a file used by a listing or a profile is as safe as one used by an article.
/// </summary>
public interface IMediaUsageSource
{
    /// <param name="mediaId">a file id: 32 lower-case hex digits, checked before any source is asked</param>
    Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct);
}
