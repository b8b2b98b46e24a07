using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media.Storage;

namespace Portal.Modules.Media;

/// <summary>
/// Public media URLs. Every path part is matched against a strict pattern before it comes near the store,
/// so anything else (encoded dots, slashes, other names) is a plain 404.
/// </summary>
internal static partial class MediaFileEndpoints
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [GeneratedRegex("^(?<width>[1-9][0-9]{0,4})\\.(?<format>webp|jpg|avif)$")]
    private static partial Regex DerivedName();

    [GeneratedRegex("^original\\.[a-z0-9]{2,5}$")]
    private static partial Regex OriginalName();

    public static void MapMediaFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{hash}/{name}", ServeAsync);
        app.MapGet("/media/i/{id}/{name}", ServeAliasAsync);
    }

    private static async Task<IResult> ServeAsync(string hash, string name, string? s, HttpContext http, IMediaStore store,
        PortalDbContext db, UrlSigner signer, OnDemandResizer resizer, IOptions<MediaOptions> options, CancellationToken ct)
    {
        if (!MediaKeys.IsHash(hash))
            return Results.NotFound();
        if (OriginalName().IsMatch(name))
        {
            // Portraits of experts keep their camera metadata in the original: only the stripped presets are served.
            var item = await db.Set<MediaItem>().AsNoTracking().Where(m => m.Hash == hash && m.IsPublic && m.Folder != MediaItem.PortraitFolder)
                .Select(m => new { m.Mime, m.FileName, m.Kind, m.Extension }).FirstOrDefaultAsync(ct);
            if (item is null || name != "original." + item.Extension)
                return Results.NotFound();
            var download = item.Kind == MediaKind.Document ? item.FileName : null;
            var mime = item.Kind == MediaKind.Captions ? "text/vtt; charset=utf-8" : item.Mime;
            return await FileAsync(http, store, MediaKeys.Original(hash), mime, hash, Immutable, download, ct);
        }
        var match = DerivedName().Match(name);
        if (!match.Success)
            return Results.NotFound();
        var width = int.Parse(match.Groups["width"].Value);
        var format = match.Groups["format"].Value;
        var key = MediaKeys.Derived(hash, width, format);
        // A private file is private in every size: derived images are served only while a public item holds the
        // bytes (the same bytes uploaded again as a public item are public anyway).
        if (!await db.Set<MediaItem>().AnyAsync(m => m.Hash == hash && m.IsPublic, ct))
            return Results.NotFound();
        if (!await store.ExistsAsync(key, ct))
        {
            // Presets exist from upload; any other size is made only for a URL this server signed.
            if (!signer.IsValid(hash, width, format, s) || width > options.Value.MaxResizeWidth)
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Địa chỉ ảnh không hợp lệ.");
            switch (await resizer.EnsureAsync(hash, width, format, ct))
            {
                case ResizeOutcome.Busy:
                    http.Response.Headers.RetryAfter = "2";
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: MediaTexts.Busy);
                case ResizeOutcome.NotFound or ResizeOutcome.Failed:
                    return Results.NotFound();
            }
        }
        return await FileAsync(http, store, key, format == "jpg" ? "image/jpeg" : "image/" + format, $"{hash}-{width}-{format}", Immutable, null, ct);
    }

    /// <summary>
    /// The stable address Markdown bodies use: by id, so a replaced file shows everywhere. Short-lived cache,
    /// since the id's file may change; the nearest preset at or above the asked width is served.
    /// </summary>
    private static async Task<IResult> ServeAliasAsync(string id, string name, HttpContext http, IMediaStore store, PortalDbContext db, CancellationToken ct)
    {
        var match = DerivedName().Match(name);
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || !match.Success)
            return Results.NotFound();
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.IsPublic, ct);
        var format = match.Groups["format"].Value;
        if (item is null || item.Widths.Count == 0 || !item.Formats.Contains(format))
            return Results.NotFound();
        var asked = int.Parse(match.Groups["width"].Value);
        var width = item.Widths.Order().FirstOrDefault(w => w >= asked, item.Widths.Max());
        return await FileAsync(http, store, MediaKeys.Derived(item.Hash, width, format), format == "jpg" ? "image/jpeg" : "image/" + format,
            $"{item.Hash}-{width}-{format}", "public, max-age=300", null, ct);
    }

    private static async Task<IResult> FileAsync(HttpContext http, IMediaStore store, string key, string mime, string etag, string cacheControl,
        string? downloadName, CancellationToken ct)
    {
        var stream = await store.OpenReadAsync(key, ct);
        if (stream is null)
            return Results.NotFound();
        http.Response.Headers.CacheControl = cacheControl;
        // Range processing lets <video> stream and seek; the ETag makes revalidation a 304.
        return Results.File(stream, mime, downloadName, lastModified: null, entityTag: new EntityTagHeaderValue($"\"{etag}\""), enableRangeProcessing: true);
    }
}
