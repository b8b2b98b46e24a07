using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Media;

internal sealed class MediaLibrary(PortalDbContext db, UrlSigner signer, IEnumerable<IMediaUsageSource> sources) : IMediaLibrary
{
    public static string DerivedUrl(string hash, int width, string format) => $"/media/{hash}/{width}.{format}";

    public static string OriginalUrl(MediaItem item) => $"/media/{item.Hash}/original.{item.Extension}";

    public static string AliasUrl(string id, int width, string format) => $"/media/i/{id}/{width}.{format}";

    public async Task<MediaView?> GetAsync(string id, CancellationToken ct = default)
    {
        var item = await FindAsync(id, ct);
        if (item is null) return null;
        var captions = item.CaptionsId is { } captionsId ? await FindAsync(captionsId, ct) : null;
        return View(item, captions);
    }

    public async Task<IReadOnlyDictionary<string, MediaView>> GetManyAsync(IEnumerable<string?> ids, CancellationToken ct = default)
    {
        var wanted = ids.Where(id => id is { Length: 32 }).Select(id => id!).Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, MediaView>();
        var items = await db.Set<MediaItem>().AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(ct);
        var captionIds = items.Where(m => m.CaptionsId is not null).Select(m => m.CaptionsId!).ToList();
        var captions = captionIds.Count == 0 ? new Dictionary<string, MediaItem>() : await db.Set<MediaItem>().AsNoTracking().Where(m => captionIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return items.ToDictionary(m => m.Id, m => View(m, m.CaptionsId is { } c ? captions.GetValueOrDefault(c) : null));
    }

    private static MediaView View(MediaItem item, MediaItem? captions)
    {
        var picture = Picture(item);
        return new MediaView(item.Id, item.Kind, item.FileName, item.Mime, item.Length, item.Alt, item.Caption, item.Credit,
            item.Width, item.Height, item.DurationSeconds, item.IsPublic ? OriginalUrl(item) : null,
            item.Kind == MediaKind.Image ? null : picture?.Src, captions is { IsPublic: true } ? OriginalUrl(captions) : null, picture);
    }

    public async Task<MediaPicture?> GetPictureAsync(string id, CancellationToken ct = default) =>
        await FindAsync(id, ct) is { } item ? Picture(item) : null;

    public async Task<string?> ImageUrlAsync(string id, int width, string format = "webp", CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { Width: not null } item || !VipsFormats.Contains(format) || width < 1)
            return null;
        return item.Widths.Contains(width) && item.Formats.Contains(format)
            ? DerivedUrl(item.Hash, width, format)
            : $"{DerivedUrl(item.Hash, width, format)}?s={signer.Sign(item.Hash, width, format)}";
    }

    public async Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(string id, CancellationToken ct = default)
    {
        // Ids are 32 hex digits, so a source's plain substring match cannot hit anything but a reference to this item.
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
            return [];
        var usages = new List<MediaUsage>();
        foreach (var source in sources)
            usages.AddRange(await source.FindAsync(id, ct));
        return usages.OrderBy(u => u.Title, StringComparer.Ordinal).ToList();
    }

    internal static readonly HashSet<string> VipsFormats = ["webp", "jpg", "avif"];

    internal static MediaPicture? Picture(MediaItem item) => Picture(item, (w, f) => DerivedUrl(item.Hash, w, f));

    /// <param name="url">Builds the URL of one preset: immutable by hash for pages, by id for Markdown bodies.</param>
    internal static MediaPicture? Picture(MediaItem item, Func<int, string, string> url)
    {
        if (item.Width is not { } width || item.Height is not { } height || item.Widths.Count == 0)
            return null;
        var widths = item.Widths.Order().ToList();
        string Srcset(string format) => string.Join(", ", widths.Select(w => $"{url(w, format)} {w}w"));
        var sources = item.Formats.Where(f => f != "jpg")
            .Select(f => new PictureSource(f == "avif" ? "image/avif" : "image/webp", Srcset(f))).ToList();
        var largest = widths[^1];
        // width/height of the largest preset keep the aspect ratio, so the browser reserves the space before loading.
        var shownHeight = (int)Math.Round(height * (double)Math.Min(largest, width) / width);
        return new MediaPicture(item.Alt, Math.Min(largest, width), shownHeight, sources,
            url(widths.FirstOrDefault(w => w >= 640, largest), "jpg"), Srcset("jpg"),
            item.Caption.Length > 0 ? item.Caption : null, item.Credit.Length > 0 ? item.Credit : null);
    }

    private Task<MediaItem?> FindAsync(string id, CancellationToken ct) =>
        db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
}
