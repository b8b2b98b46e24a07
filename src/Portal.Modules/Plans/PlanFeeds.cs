using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Plans;

/// <summary>Published plans as search documents: the title and number, and the topics and owners of their items.</summary>
internal sealed class PlanSearchSource(PortalDbContext db) : ISearchDocumentSource
{
    public const string Prefix = "plan:";
    public const string Type = "plan";

    public string Name => "plans";

    public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
        ChangeFeedLog.ReadAsync(db, PlansModule.Module, Prefix, afterPosition, max, ct);

    public Task<long> LastPositionAsync(CancellationToken ct) => ChangeFeedLog.LastPositionAsync(db, ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        var slugs = documentIds.Where(id => id.StartsWith(Prefix, StringComparison.Ordinal)).Select(id => id[Prefix.Length..]).ToList();
        if (slugs.Count == 0)
            return [];
        var plans = await db.Set<Plan>().AsNoTracking().AsSplitQuery().Include(p => p.Items)
            .Where(p => p.Status == PlanStatus.Published && slugs.Contains(p.Slug)).ToListAsync(ct);
        return plans.Select(p => new SearchDocument(
            Prefix + p.Slug, Type, "vi", p.Title,
            string.Join(" · ", new[] { p.DocumentType + (p.Number is null ? "" : " số " + p.Number), p.IssuingBody, $"năm {p.Year}" }.Where(s => !string.IsNullOrWhiteSpace(s))),
            string.Join("\n", new[] { MarkdownRenderer.ToPlainText(p.Purpose) }
                .Concat(p.Items.OrderBy(i => i.Position).Select(i => $"{i.Topic} {i.Owner} {i.ExpectedOutput}"))
                .Where(s => !string.IsNullOrWhiteSpace(s))),
            PlanPaths.Of(p.Slug), p.PublishedUtc,
            new Dictionary<string, IReadOnlyList<string>>())).ToList();
    }
}

internal sealed class PlanSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async Task<int> CountAsync(CancellationToken ct) => 1 + await db.Set<Plan>().CountAsync(p => p.Status == PlanStatus.Published, ct);

    public async Task<IReadOnlyList<SitemapEntry>> ReadAsync(int skip, int take, CancellationToken ct)
    {
        var entries = new List<SitemapEntry>();
        if (skip == 0 && take > 0)
            entries.Add(new SitemapEntry(PlanPaths.Public, null));
        var rows = await db.Set<Plan>().AsNoTracking().Where(p => p.Status == PlanStatus.Published).OrderBy(p => p.Id)
            .Skip(Math.Max(0, skip - 1)).Take(take - entries.Count).Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(ct);
        entries.AddRange(rows.Select(r => new SitemapEntry(PlanPaths.Of(r.Slug), r.UpdatedUtc)));
        return entries;
    }
}
