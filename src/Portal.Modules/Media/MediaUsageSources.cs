using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Media;

/// <summary>
/// Content items whose latest or published version mentions the file (Markdown body or fields). It lives here
/// because the content core never depends on the media module; modules built on media register their own.
/// </summary>
internal sealed class ContentMediaUsage(PortalDbContext db) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct)
    {
        var pattern = "%" + mediaId + "%";
        var rows = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => (v.Latest || v.Published) && (EF.Functions.Like(v.BodyMarkdown, pattern) || EF.Functions.Like(v.FieldsJson, pattern)))
            .Select(v => new { v.ContentItemId, v.Title, v.Published, v.Latest })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ContentItemId).Select(g =>
        {
            var latest = g.OrderByDescending(r => r.Latest).First();
            return new MediaUsage(ContentAudit.Module, latest.ContentItemId, latest.Title, "/admin/noi-dung/" + latest.ContentItemId, g.Any(r => r.Published));
        }).ToList();
    }
}

/// <summary>Video files of the library that use the file as their captions track.</summary>
internal sealed class CaptionsMediaUsage(PortalDbContext db) : IMediaUsageSource
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct) =>
        await db.Set<MediaItem>().AsNoTracking().Where(m => m.CaptionsId == mediaId)
            .Select(m => new MediaUsage("media", m.Id, m.FileName, "/admin/thu-vien/" + m.Id, m.IsPublic)).ToListAsync(ct);
}
