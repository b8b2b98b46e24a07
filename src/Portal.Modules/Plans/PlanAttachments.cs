using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;

namespace Portal.Modules.Plans;

/// <summary>
/// A plan's attached files (the signed scan, appendices as issued): ids of the media library, kept in
/// <see cref="Plan.Attachments"/>. Staff pick them from the library's public PDF and office files; the public page
/// links them with their format and size, and the library asks here before a file is deleted.
/// </summary>
public sealed class PlanAttachments(PortalDbContext db)
{
    public const int Max = 20;

    public static IReadOnlyList<string> Ids(string? attachments) =>
        (attachments ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The files staff may attach: the plan's own, then the newest public documents of the library.</summary>
    public async Task<IReadOnlyList<(string Id, string FileName, bool Attached)>> ChoicesAsync(Plan plan, CancellationToken ct)
    {
        var attached = Ids(plan.Attachments);
        var files = await db.Set<MediaItem>().AsNoTracking()
            .Where(m => attached.Contains(m.Id) || (m.IsPublic && (m.Kind == MediaKind.Pdf || m.Kind == MediaKind.Document) && m.Folder != MediaItem.PortraitFolder))
            .OrderByDescending(m => attached.Contains(m.Id)).ThenByDescending(m => m.CreatedUtc).Take(100 + attached.Count)
            .Select(m => new { m.Id, m.FileName }).ToListAsync(ct);
        return files.Select(f => (f.Id, f.FileName, attached.Contains(f.Id))).ToList();
    }

    /// <summary>The ids to keep, or a Vietnamese reason to refuse them all.</summary>
    public async Task<(string? Value, string? Problem)> ValidateAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var wanted = ids.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();
        if (wanted.Count > Max)
            return (null, $"Một kế hoạch có tối đa {Max} tệp đính kèm.");
        if (wanted.Any(i => i.Length != 32 || !i.All(char.IsAsciiHexDigitLower)))
            return (null, "Mã tệp không hợp lệ.");
        var known = await db.Set<MediaItem>().Where(m => wanted.Contains(m.Id) && m.IsPublic).Select(m => m.Id).ToListAsync(ct);
        if (known.Count != wanted.Count)
            return (null, "Có tệp không còn trong thư viện hoặc không được công khai; hãy tải lại trang rồi chọn lại.");
        return (wanted.Count == 0 ? null : string.Join(",", wanted), null);
    }
}

/// <summary>Plans that attach the file: a file a plan uses is not deleted from under it.</summary>
internal sealed class PlanMediaUsage(PortalDbContext db) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct)
    {
        var plans = await db.Set<Plan>().AsNoTracking().Where(p => p.Attachments != null && p.Attachments.Contains(mediaId))
            .Select(p => new { p.Id, p.Title, p.Status }).ToListAsync(ct);
        return plans.Select(p => new MediaUsage(PlansModule.Module, p.Id.ToString(), p.Title, $"{PlanPaths.Admin}/{p.Id}", p.Status == PlanStatus.Published)).ToList();
    }
}
