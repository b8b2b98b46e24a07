using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts;

/// <summary>The list and every public expert's page.</summary>
internal sealed class ExpertSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async Task<int> CountAsync(CancellationToken ct) => 1 + await db.PublicExperts().CountAsync(ct);

    public async Task<IReadOnlyList<SitemapEntry>> ReadAsync(int skip, int take, CancellationToken ct)
    {
        var entries = new List<SitemapEntry>();
        if (skip == 0 && take > 0)
            entries.Add(new SitemapEntry(ExpertPaths.Public, null));
        var rows = await db.PublicExperts().AsNoTracking().OrderBy(p => p.Id).Skip(Math.Max(0, skip - 1)).Take(take - entries.Count)
            .Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(ct);
        entries.AddRange(rows.Select(r => new SitemapEntry($"{ExpertPaths.Public}/{r.Slug}", r.UpdatedUtc)));
        return entries;
    }
}
