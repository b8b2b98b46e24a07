using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Content;

/// <summary>One item the editor may pick as the translation: its latest title and its language.</summary>
public sealed record CounterpartChoice(string Id, string Title, string Culture);

/// <summary>
/// Links an item to the same item in the other language (<see cref="ContentItem.CounterpartId"/>), as the editor
/// picks it. Links are pairs: linking A to B when B (or A) was paired with C first unlinks C, so no three-way
/// chain remains; every item touched gets an audit entry and a change-feed entry (its public page changes).
/// </summary>
public sealed class ContentCounterparts(PortalDbContext db, IChangeFeed changes, IAuditLog audit)
{
    /// <summary>How many items the picker lists (the most recent, plus the current link); the filter box narrows them.</summary>
    public const int MaxChoices = 300;

    public static string LanguageName(string culture) => culture == "en" ? "tiếng Anh" : "tiếng Việt";

    /// <summary>The item linked to <paramref name="id"/>, whichever side holds the link; null when none.</summary>
    public async Task<string?> CurrentAsync(string id, CancellationToken ct) =>
        await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.CounterpartId).SingleOrDefaultAsync(ct)
        ?? await db.Set<ContentItem>().AsNoTracking().Where(i => i.CounterpartId == id).OrderBy(i => i.Id).Select(i => i.Id).FirstOrDefaultAsync(ct);

    /// <summary>Items of the same type in the other language (any language when null: a new item's is not known yet), by title; the current link is always among them.</summary>
    public async Task<IReadOnlyList<CounterpartChoice>> ChoicesAsync(string type, string? culture, string? id, string? current, CancellationToken ct)
    {
        var latest = db.Set<ContentVersion>().AsNoTracking().Where(v => v.Latest);
        var rows = await latest.Where(v => v.ContentType == type && v.Culture != culture && v.ContentItemId != id)
            .OrderByDescending(v => v.CreatedUtc).Take(MaxChoices)
            .Select(v => new CounterpartChoice(v.ContentItemId, v.Title, v.Culture)).ToListAsync(ct);
        if (current is not null && rows.All(r => r.Id != current))
            rows.AddRange(await latest.Where(v => v.ContentItemId == current).Select(v => new CounterpartChoice(v.ContentItemId, v.Title, v.Culture)).ToListAsync(ct));
        return rows.OrderBy(r => r.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>Links <paramref name="id"/> to <paramref name="target"/>, or unlinks it when the target is null.</summary>
    public async Task<ContentResult> LinkAsync(string id, string? target, Actor actor, CancellationToken ct)
    {
        target = string.IsNullOrWhiteSpace(target) ? null : target.Trim();
        if (await CurrentAsync(id, ct) == target)
            return ContentResult.Ok;
        var item = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return ContentResult.Fail(ContentTexts.NotFound);
        ContentItem? other = null;
        if (target is not null)
        {
            other = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == target, ct);
            if (Problem(item.Id, item.ContentType, item.Culture, other) is { } problem)
            {
                db.ChangeTracker.Clear();
                return ContentResult.Fail(problem, Field);
            }
        }
        var pair = new[] { item.Id, other?.Id }.OfType<string>().ToList();
        var old = await db.Set<ContentItem>().Where(i => pair.Contains(i.Id) || (i.CounterpartId != null && pair.Contains(i.CounterpartId))).ToListAsync(ct);
        // The pairs this breaks, each as (partner outside the new pair, the item of the pair it was linked with).
        var broken = old.Where(i => i.CounterpartId is not null)
            .Select(i => pair.Contains(i.Id) ? (Partner: i.CounterpartId!, Mate: i.Id) : (Partner: i.Id, Mate: i.CounterpartId!))
            .Where(b => !pair.Contains(b.Partner)).Distinct().ToList();
        foreach (var linked in old)
            linked.CounterpartId = null;
        var titles = await TitlesAsync(pair.Concat(broken.Select(b => b.Partner)).ToList(), ct);
        foreach (var (partner, mate) in broken)
        {
            Record(partner, "unlinked", actor, $"khỏi „{titles.GetValueOrDefault(mate)}”");
            Record(mate, "unlinked", actor, $"khỏi „{titles.GetValueOrDefault(partner)}”");
        }
        if (other is not null)
        {
            item.CounterpartId = other.Id;
            other.CounterpartId = item.Id;
            Record(item.Id, "linked", actor, $"với „{titles.GetValueOrDefault(other.Id)}” ({LanguageName(other.Culture)})");
            Record(other.Id, "linked", actor, $"với „{titles.GetValueOrDefault(item.Id)}” ({LanguageName(item.Culture)})");
        }
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        return ContentResult.Ok;
    }

    private const string Field = "CounterpartId";

    /// <summary>Why <paramref name="target"/> cannot be the translation of a new item of this type and language; null when it can.</summary>
    public async Task<string?> ProblemAsync(string type, string culture, string target, CancellationToken ct) =>
        Problem(null, type, culture, await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == target, ct));

    private static string? Problem(string? id, string type, string culture, ContentItem? other) =>
        other is null ? "Không tìm thấy mục được chọn làm bản dịch; có thể nó vừa bị xoá."
        : other.Id == id ? "Không thể chọn chính mục này làm bản dịch của nó."
        : other.ContentType != type ? "Bản dịch phải cùng loại nội dung với mục này."
        : other.Culture == culture ? $"Bản dịch phải bằng ngôn ngữ khác: mục được chọn cũng viết bằng {LanguageName(culture)}."
        : null;

    private async Task<Dictionary<string, string>> TitlesAsync(List<string> ids, CancellationToken ct) =>
        await db.Set<ContentVersion>().AsNoTracking().Where(v => v.Latest && ids.Contains(v.ContentItemId))
            .ToDictionaryAsync(v => v.ContentItemId, v => v.Title, ct);

    private void Record(string id, string action, Actor actor, string? detail)
    {
        audit.Record(ContentAudit.Module, ContentAudit.Item, id, action, actor.UserId, actor.UserName, detail);
        changes.Record(ContentAudit.Module, id, ChangeKind.Changed);
    }
}
