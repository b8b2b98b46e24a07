using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;

namespace Portal.Modules.Experts;

/// <summary>
/// An expert's portrait: one image of the media library (folder <see cref="MediaItem.PortraitFolder"/>, made by the
/// library's pipeline: presets without metadata, the original never served), referenced by the profile's
/// <see cref="ExpertProfile.PhotoMediaId"/>. Staff and the expert themself change it at once, without moderation:
/// it is shown only while the profile is public and the expert grants display-photo, which they control anyway.
/// A replaced or removed portrait's library item is deleted as soon as nothing uses it.
/// </summary>
public sealed class ExpertPhotos(PortalDbContext db, MediaUploader uploader, IMediaLibrary library, ExpertWorkflow workflow, IAuditLog audit, IChangeFeed feed)
{
    public const long MaxBytes = 3L << 20;
    public const string NotAnImage = "Chỉ nhận ảnh JPEG, PNG hoặc WebP; tệp đã chọn không phải ảnh loại này.";
    private static readonly string[] Accepted = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>Whether the public sees the portrait: a public profile with display-photo granted.</summary>
    public static bool IsShown(ExpertProfile profile, IReadOnlySet<string> granted) =>
        profile.PhotoMediaId is not null && ExpertVisibility.IsListed(profile.Status, granted) && granted.Contains(ConsentPurposes.DisplayPhoto);

    /// <summary>The portrait's &lt;picture&gt; when the public may see it, otherwise null; alt is the expert's name.</summary>
    public async Task<MediaPicture?> PublicPictureAsync(ExpertProfile profile, IReadOnlySet<string> granted, CancellationToken ct) =>
        IsShown(profile, granted) && await library.GetPictureAsync(profile.PhotoMediaId!, ct) is { } picture ? picture with { Alt = profile.FullName } : null;

    /// <summary>Null when the portrait was stored and saved, otherwise the Vietnamese reason it was refused.</summary>
    public async Task<string?> SetAsync(ExpertProfile profile, IFormFile? file, string userName, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            return "Vui lòng chọn một tệp ảnh (JPEG, PNG hoặc WebP).";
        if (file.Length > MaxBytes)
            return $"Ảnh chân dung tối đa {MaxBytes >> 20} MB; tệp đã chọn lớn hơn.";
        // Told in the portrait's own words before the library's pipeline, whose refusal lists every type it keeps.
        var head = new byte[16];
        await using (var start = file.OpenReadStream())
            head = head[..await start.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct)];
        if (FileSniffer.SniffHeader(head) is not { } sniffed || !Accepted.Contains(sniffed.Mime))
            return NotAnImage;
        MediaItem item;
        try
        {
            await using var content = file.OpenReadStream();
            item = await uploader.AddAsync(content, new UploadDetails(file.FileName, profile.FullName, null, null, MediaItem.PortraitFolder, "chan-dung", userName), ct,
                type => Accepted.Contains(type.Mime) ? null : NotAnImage);
        }
        catch (MediaRejectedException refused)
        {
            return refused.Message;
        }
        var old = profile.PhotoMediaId;
        profile.PhotoMediaId = item.Id;
        if (await SaveAsync(profile, "photo", ct) is { } error)
        {
            await uploader.DeleteAsync(item.Id, ct);
            return error;
        }
        await ForgetAsync(old, ct);
        return null;
    }

    /// <summary>Takes the portrait off the profile and deletes its library item; null when done, otherwise the reason.</summary>
    public async Task<string?> RemoveAsync(ExpertProfile profile, CancellationToken ct)
    {
        if (profile.PhotoMediaId is not { } old)
            return "Hồ sơ chưa có ảnh chân dung.";
        profile.PhotoMediaId = null;
        if (await SaveAsync(profile, "photo-remove", ct) is { } error)
            return error;
        await ForgetAsync(old, ct);
        return null;
    }

    /// <summary>For the data subject's erasure: the portrait and its library item are gone after this call.</summary>
    public async Task EraseAsync(ExpertProfile profile, CancellationToken ct)
    {
        if (profile.PhotoMediaId is not null && await RemoveAsync(profile, ct) is { } error)
            throw new InvalidOperationException(error);
    }

    private async Task<string?> SaveAsync(ExpertProfile profile, string action, CancellationToken ct)
    {
        audit.Record(ExpertWorkflow.Module, ExpertWorkflow.Entity, profile.Slug, action);
        if (await workflow.IsPublicAsync(profile, ct))
            feed.Record(ExpertWorkflow.Module, profile.Slug, ChangeKind.Changed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "Hồ sơ vừa được người khác sửa; tải lại trang rồi thử lại.";
        }
        await feed.PublishAsync(ct);
        return null;
    }

    private async Task ForgetAsync(string? mediaId, CancellationToken ct)
    {
        if (mediaId is not null && !await db.Set<ExpertProfile>().AnyAsync(p => p.PhotoMediaId == mediaId, ct))
            await uploader.DeleteAsync(mediaId, ct);
    }
}

/// <summary>Profiles whose portrait is a library file, so the library will not delete it while in use.</summary>
internal sealed class ExpertPhotoUsage(PortalDbContext db) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct)
    {
        var rows = await db.Set<ExpertProfile>().AsNoTracking().Where(p => p.PhotoMediaId == mediaId)
            .Select(p => new { p.Id, p.Slug, p.FullName, p.Status }).ToListAsync(ct);
        return rows.Select(p => new MediaUsage(ExpertWorkflow.Module, p.Slug, "Ảnh chân dung: " + p.FullName, ExpertPaths.AdminEdit(p.Id), p.Status == ExpertStatus.Published)).ToList();
    }
}
