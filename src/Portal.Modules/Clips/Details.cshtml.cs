using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;

namespace Portal.Modules.Clips;

public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library) : SectionDetailsModel(db, ClipsModule.Definition)
{
    public MediaView? Video { get; private set; }
    /// <summary>The chosen poster, else the video's own poster frame.</summary>
    public MediaPicture? Poster { get; private set; }
    public string? CaptionsUrl { get; private set; }
    public int? DurationSeconds { get; private set; }

    protected override async Task OnLoadedAsync(Content.ContentVersion version, CancellationToken ct)
    {
        var fields = Fields!;
        var views = await library.GetManyAsync([fields.String(ClipsModule.VideoField), fields.String(ClipsModule.PosterField), fields.String(ClipsModule.CaptionsField)], ct);
        MediaView? View(string field) => fields.String(field) is { } id ? views.GetValueOrDefault(id) : null;
        Video = View(ClipsModule.VideoField) is { Kind: MediaKind.Video, OriginalUrl: not null } video ? video : null;
        Poster = View(ClipsModule.PosterField)?.Picture ?? Video?.Picture;
        CaptionsUrl = View(ClipsModule.CaptionsField)?.OriginalUrl ?? Video?.CaptionsUrl;
        DurationSeconds = fields.Int("duration") ?? (Video?.DurationSeconds is { } seconds ? (int)Math.Round(seconds) : null);
        ShareImage = Poster?.Src;
        await SetJsonLdAsync(version, (url, agency) => StructuredData.VideoObject(version, url, agency, Video?.OriginalUrl, Poster?.Src, DurationSeconds,
            Video is null ? ClipVideoLink.Parse(fields.String(ClipsModule.ExternalUrlField))?.EmbedUrl : null), ct);
        await LoadRelatedAsync(version, ct);
    }
}
