using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Media;

/// <summary>JSON for the upload script and the editor's picker. Errors are problem+json in Vietnamese.</summary>
internal static class MediaAdminApi
{
    /// <summary>What an upload answers: enough for the editor's picker to choose the new file at once (Alt, Markdown).</summary>
    public sealed record UploadedFile(string Id, string FileName, string Kind, string Url, string? Thumbnail, string Alt, string Markdown);

    public sealed record PickerItem(string Id, string FileName, string Alt, string Kind, string? Thumbnail, string Markdown);

    public static void MapMediaAdminApi(this IEndpointRouteBuilder app)
    {
        var maxUpload = app.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes;
        app.MapPost("/admin/api/media", UploadAsync)
            .RequireAuthorization(ContentPermissions.Edit)
            .WithFormOptions(multipartBodyLengthLimit: maxUpload + (1 << 20))
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload + (1 << 20)));
        app.MapGet("/admin/api/media", ListAsync).RequireAuthorization(ContentPermissions.Edit);
    }

    /// <summary>
    /// Reads the form itself, after checking the antiforgery token, so a missing token is a 400 problem
    /// in Vietnamese rather than a binding exception.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext http, IAntiforgery antiforgery, MediaUploader uploader, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
            return Refused(MediaTexts.FormExpired);
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        var (alt, caption, credit, folder, tags) = (Field("alt"), Field("caption"), Field("credit"), Field("folder"), Field("tags"));
        if (file is null || file.Length == 0)
            return Refused(MediaTexts.NoFile);
        try
        {
            await using var content = file.OpenReadStream();
            var item = await uploader.AddAsync(content, new UploadDetails(file.FileName, alt, caption, credit, folder, tags, http.User.Identity?.Name ?? ""), ct);
            var picture = MediaLibrary.Picture(item);
            return Results.Created($"/admin/thu-vien/{item.Id}",
                new UploadedFile(item.Id, item.FileName, item.Kind.ToString(), MediaLibrary.OriginalUrl(item), picture?.Src, item.Alt, Markdown(item)));
        }
        catch (MediaRejectedException ex)
        {
            return Refused(ex.Message);
        }
    }

    private static async Task<IResult> ListAsync(string? q, MediaKind? kind, PortalDbContext db, CancellationToken ct)
    {
        var query = db.Set<MediaItem>().AsNoTracking();
        if (kind is { } k)
            query = query.Where(m => m.Kind == k);
        if (!string.IsNullOrWhiteSpace(q))
            query = query.Where(m => m.FileName.Contains(q.Trim()) || m.Alt.Contains(q.Trim()) || m.Tags.Contains(q.Trim().ToLower()));
        var items = await query.OrderByDescending(m => m.CreatedUtc).Take(48).ToListAsync(ct);
        return Results.Json(items.Select(m => new PickerItem(m.Id, m.FileName, m.Alt, m.Kind.ToString(), MediaLibrary.Picture(m)?.Src, Markdown(m))));
    }

    /// <summary>
    /// What the picker inserts. An image becomes a one-line &lt;picture&gt; (srcset, width, height) whose URLs go by
    /// id, so the sanitizer keeps it, where-used finds it and a replaced file shows in it. Other files become a link
    /// to the original, with the id in the link title for where-used.
    /// </summary>
    internal static string Markdown(MediaItem item)
    {
        if (item.Kind == MediaKind.Image && MediaLibrary.Picture(item, (w, f) => MediaLibrary.AliasUrl(item.Id, w, f)) is { } picture)
        {
            const string sizes = "(min-width: 48rem) 45rem, 100vw";
            var sources = string.Concat(picture.Sources.Select(s => $"<source type=\"{s.Type}\" srcset=\"{s.Srcset}\" sizes=\"{sizes}\">"));
            return $"<picture>{sources}<img src=\"{picture.Src}\" srcset=\"{picture.Srcset}\" sizes=\"{sizes}\" " +
                $"width=\"{picture.Width}\" height=\"{picture.Height}\" alt=\"{WebUtility.HtmlEncode(picture.Alt)}\" loading=\"lazy\"></picture>";
        }
        return $"[{item.FileName.Replace("[", "\\[").Replace("]", "\\]")}]({MediaLibrary.OriginalUrl(item)} \"media:{item.Id}\")";
    }

    private static IResult Refused(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: MediaTexts.UploadTitle, detail: detail);
}
