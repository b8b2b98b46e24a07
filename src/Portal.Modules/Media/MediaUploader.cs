using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media.Storage;

namespace Portal.Modules.Media;

internal sealed record UploadDetails(string FileName, string? Alt, string? Caption, string? Credit, string? Folder, string? Tags, string UserName);

/// <summary>The library's writes: add, replace everywhere, delete unless in use.</summary>
public sealed class MediaUploader(PortalDbContext db, MediaProcessor processor, IMediaLibrary library, IMediaStore store, TimeProvider clock, IChangeFeed changes)
{
    /// <param name="refusal">a caller's own rule on the sniffed type (e.g. only JPEG, PNG and WebP), checked before any decoding</param>
    internal async Task<MediaItem> AddAsync(Stream content, UploadDetails details, CancellationToken ct, Func<MediaType, string?>? refusal = null)
    {
        var fileName = CleanFileName(details.FileName);
        var alt = details.Alt?.Trim() ?? "";
        if (alt.Length > 500)
            throw new MediaRejectedException(MediaTexts.AltTooLong);
        var file = await processor.ProcessAsync(content, fileName,
            type => refusal?.Invoke(type) ?? (type.Kind == MediaKind.Image && alt.Length == 0 ? string.Format(MediaTexts.AltRequired, fileName) : null), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new MediaItem
        {
            Id = Guid.NewGuid().ToString("N"), FileName = fileName, Mime = file.Type.Mime, Extension = file.Type.Extension, Hash = file.Hash,
            CreatedUtc = now, UploadedBy = details.UserName,
            Alt = alt, Caption = Clip(details.Caption, 1000), Credit = Clip(details.Credit, 200),
            Folder = Clip(details.Folder, 100), Tags = NormaliseTags(details.Tags),
        };
        Apply(item, file, now);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Same id, new bytes: every page that refers to the id shows the new file.</summary>
    internal async Task ReplaceAsync(string id, Stream content, string fileName, CancellationToken ct)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new MediaRejectedException(MediaTexts.NotFound);
        var file = await processor.ProcessAsync(content, CleanFileName(fileName),
            type => type.Kind != item.Kind ? string.Format(MediaTexts.ReplaceKindMismatch, MediaTexts.KindName(item.Kind)) : null, ct);
        var oldHash = item.Hash;
        item.FileName = CleanFileName(fileName);
        item.Mime = file.Type.Mime;
        item.Extension = file.Type.Extension;
        Apply(item, file, clock.GetUtcNow().UtcDateTime);
        // A metadata form opened before the new file arrived describes the old picture.
        item.Stamp = Guid.NewGuid();
        RecordChange(item);
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        if (oldHash != item.Hash)
            await ForgetIfUnusedAsync(oldHash, ct);
    }

    /// <summary>
    /// Cached public pages name a file by its hash and show its alt text: after a replace or an edit they must be
    /// made again, or they would point at removed files or show old text until they expire.
    /// </summary>
    internal void RecordChange(MediaItem item) => changes.Record("media", item.Id, ChangeKind.Changed);

    /// <summary>Tells the listeners (cache eviction among them) about the changes saved since the last call.</summary>
    internal Task PublishChangesAsync(CancellationToken ct) => changes.PublishAsync(ct);

    /// <summary>Null when deleted, otherwise the reason it was not.</summary>
    internal async Task<string?> DeleteAsync(string id, CancellationToken ct)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null)
            return MediaTexts.NotFound;
        var usages = await library.FindUsagesAsync(id, ct);
        if (usages.Count > 0)
            return string.Format(MediaTexts.InUse, usages.Count);
        db.Remove(item);
        await db.SaveChangesAsync(ct);
        await ForgetIfUnusedAsync(item.Hash, ct);
        return null;
    }

    /// <summary>Content-addressed files may be shared by several items (the same photo uploaded twice).</summary>
    private async Task ForgetIfUnusedAsync(string hash, CancellationToken ct)
    {
        if (await db.Set<MediaItem>().AnyAsync(m => m.Hash == hash, ct))
            return;
        await store.DeleteAsync(MediaKeys.Original(hash), ct);
        await store.DeleteAsync(MediaKeys.DerivedFolder(hash), ct);
    }

    internal static void Apply(MediaItem item, ProcessedFile file, DateTime now)
    {
        item.Kind = file.Type.Kind;
        item.Hash = file.Hash;
        item.Length = file.Length;
        item.Width = file.Width;
        item.Height = file.Height;
        item.DurationSeconds = file.DurationSeconds;
        item.PresetWidths = string.Join(',', file.PresetWidths);
        item.PresetFormats = string.Join(',', file.PresetFormats);
        item.ModifiedUtc = now;
    }

    internal static string NormaliseTags(string? tags) =>
        Clip(string.Join(',', (tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct()), 500);

    internal static string Clip(string? value, int max) => (value ?? "").Trim() is var v && v.Length > max ? v[..max] : v;

    /// <summary>Only the last segment of what the browser sent, without control characters; never used as a path.</summary>
    private static string CleanFileName(string name)
    {
        var last = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0)
            return "tep";
        // Long names are cut to 120 characters, keeping the extension people recognise the file by.
        var extension = Path.GetExtension(clean) is { Length: > 1 and <= 10 } e ? e : "";
        return clean.Length <= 120 ? clean : clean[..(120 - extension.Length)].TrimEnd() + extension;
    }
}
