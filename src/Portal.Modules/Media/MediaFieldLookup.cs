using Portal.Modules.Content;

namespace Portal.Modules.Media;

/// <summary>Answers the content core's question "what kind of file is this id?" through the library's public contract.</summary>
internal sealed class MediaFieldLookup(IMediaLibrary library) : IContentMediaLookup
{
    public async Task<MediaFieldKind?> KindOfAsync(string id, CancellationToken ct) =>
        await library.GetAsync(id, ct) is { } view ? ToFieldKind(view.Kind) : null;

    public static MediaFieldKind ToFieldKind(MediaKind kind) => kind switch
    {
        MediaKind.Image => MediaFieldKind.Image,
        MediaKind.Video => MediaFieldKind.Video,
        MediaKind.Pdf => MediaFieldKind.Pdf,
        MediaKind.Captions => MediaFieldKind.Captions,
        _ => MediaFieldKind.Document,
    };

    public static MediaKind ToLibraryKind(MediaFieldKind kind) => kind switch
    {
        MediaFieldKind.Image => MediaKind.Image,
        MediaFieldKind.Video => MediaKind.Video,
        MediaFieldKind.Pdf => MediaKind.Pdf,
        MediaFieldKind.Captions => MediaKind.Captions,
        _ => MediaKind.Document,
    };
}
