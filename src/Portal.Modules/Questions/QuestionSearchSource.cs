using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Questions;

public static class QuestionQueries
{
    public static IQueryable<Question> PublishedQuestions(this PortalDbContext db) =>
        db.Set<Question>().Where(q => q.Status == QuestionStatus.Published);
}

/// <summary>
/// Published questions as search documents: the public title, the anonymised question and the answer, the given
/// name or "Bạn đọc" at most. The asker's full name, address and phone are never part of a document.
/// </summary>
internal sealed class QuestionSearchSource(PortalDbContext db) : ISearchDocumentSource
{
    public const string Prefix = "question:";
    public const string Type = "question";

    public string Name => "questions";

    public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
        ChangeFeedLog.ReadAsync(db, QuestionWorkflow.Module, Prefix, afterPosition, max, ct);

    public Task<long> LastPositionAsync(CancellationToken ct) => ChangeFeedLog.LastPositionAsync(db, ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        var ids = documentIds.Where(id => id.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(id => int.TryParse(id[Prefix.Length..], out var n) ? n : 0).Where(n => n > 0).ToList();
        if (ids.Count == 0)
            return [];
        var questions = await db.PublishedQuestions().AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Slug, q.Title, q.PublicBody, q.Answer, q.Topic, q.PublishedUtc }).ToListAsync(ct);
        return questions.Select(q => new SearchDocument(
            Prefix + q.Id, Type, "vi", q.Title, QuestionTopics.Name(q.Topic), $"{q.PublicBody}\n{q.Answer}",
            QuestionPaths.Item(q.Id, q.Slug), q.PublishedUtc,
            new Dictionary<string, IReadOnlyList<string>> { ["topic"] = [q.Topic] })).ToList();
    }
}

/// <summary>The list and every published question's page.</summary>
internal sealed class QuestionSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async Task<int> CountAsync(CancellationToken ct) => 1 + await db.PublishedQuestions().CountAsync(ct);

    public async Task<IReadOnlyList<SitemapEntry>> ReadAsync(int skip, int take, CancellationToken ct)
    {
        var entries = new List<SitemapEntry>();
        if (skip == 0 && take > 0)
            entries.Add(new SitemapEntry(QuestionPaths.Public, null));
        var rows = await db.PublishedQuestions().AsNoTracking().OrderBy(q => q.Id).Skip(Math.Max(0, skip - 1)).Take(take - entries.Count)
            .Select(q => new { q.Id, q.Slug, q.UpdatedUtc }).ToListAsync(ct);
        entries.AddRange(rows.Select(r => new SitemapEntry(QuestionPaths.Item(r.Id, r.Slug), r.UpdatedUtc)));
        return entries;
    }
}
