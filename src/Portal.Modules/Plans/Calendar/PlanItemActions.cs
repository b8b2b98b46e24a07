using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Calendar;

/// <summary>What the calendar did: a message for the editor, and whether the item was found at all.</summary>
public sealed record PlanItemOutcome(bool Found, bool Succeeded, string Message, string? ContentId = null)
{
    public static readonly PlanItemOutcome Missing = new(false, false, CalendarTexts.NotFound);
}

/// <summary>
/// The calendar's changes to one item: claim, give back, set the status, link content. Each takes the stamp the
/// editor saw and refuses a stale one, renews the stamp, writes the audit trail and saves.
/// </summary>
public sealed class PlanItemActions(PortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string Entity = "plan-item";

    public Task<PlanItemOutcome> ClaimAsync(int id, Guid stamp, string userId, CancellationToken ct) =>
        ChangeAsync(id, stamp, "claim", item =>
        {
            if (item.AssigneeId == userId)
                return Task.FromResult<string?>(null);
            if (item.AssigneeId is not null)
                return Task.FromResult<string?>(CalendarTexts.ClaimedByOther(item.Topic));
            item.AssigneeId = userId;
            return Task.FromResult<string?>(null);
        }, item => CalendarTexts.Claimed(item.Topic), ct);

    public Task<PlanItemOutcome> UnclaimAsync(int id, Guid stamp, string userId, CancellationToken ct) =>
        ChangeAsync(id, stamp, "unclaim", item =>
        {
            if (item.AssigneeId != userId)
                return Task.FromResult<string?>(CalendarTexts.NotYours(item.Topic));
            item.AssigneeId = null;
            return Task.FromResult<string?>(null);
        }, item => CalendarTexts.Unclaimed(item.Topic), ct);

    /// <summary>Null stands for a status that is not one of the list.</summary>
    public Task<PlanItemOutcome> SetStatusAsync(int id, Guid stamp, PlanItemStatus? status, CancellationToken ct) =>
        ChangeAsync(id, stamp, "status", item =>
        {
            if (status is not { } known || !Enum.IsDefined(known))
                return Task.FromResult<string?>(CalendarTexts.UnknownStatus);
            item.Status = known;
            return Task.FromResult<string?>(null);
        }, item => CalendarTexts.StatusSet(item.Topic, item.Status), ct);

    public Task<PlanItemOutcome> LinkAsync(int id, Guid stamp, string? contentId, CancellationToken ct) =>
        ChangeAsync(id, stamp, "link", async item =>
        {
            var wanted = contentId?.Trim() ?? "";
            if (wanted.Length == 0)
                return CalendarTexts.ContentIdRequired;
            var content = await db.Set<ContentItem>().AsNoTracking().Where(c => c.Id == wanted).Select(c => new { c.Id, c.ContentType }).FirstOrDefaultAsync(ct);
            if (content is null)
                return CalendarTexts.NoSuchContent(wanted);
            if (await db.Set<PlanItemLink>().AnyAsync(l => l.ItemId == item.Id && l.ContentType == content.ContentType && l.ContentId == content.Id, ct))
                return CalendarTexts.AlreadyLinked(item.Topic);
            AddLink(item, content.ContentType, content.Id);
            return null;
        }, item => CalendarTexts.Linked(item.Topic), ct);

    /// <summary>Links content to a tracked item, for the draft creation too; the caller saves.</summary>
    public void AddLink(PlanItem item, string contentType, string contentId) =>
        db.Add(new PlanItemLink { ItemId = item.Id, ContentType = contentType, ContentId = contentId, LinkedUtc = clock.GetUtcNow().UtcDateTime });

    /// <summary>The item of a published plan, tracked; null when there is none.</summary>
    public Task<PlanItem?> FindAsync(int id, CancellationToken ct) =>
        db.Set<PlanItem>().Include(i => i.Plan).SingleOrDefaultAsync(i => i.Id == id && i.Plan!.Status == PlanStatus.Published, ct);

    public void Touch(PlanItem item, string action, string? detail = null)
    {
        item.Stamp = Guid.NewGuid();
        audit.Record(PlansModule.Module, Entity, item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), action, detail);
    }

    /// <summary>Runs a change that returns a refusal (or null), then saves; a stale stamp refuses before and during the save.</summary>
    private async Task<PlanItemOutcome> ChangeAsync(int id, Guid stamp, string action, Func<PlanItem, Task<string?>> change, Func<PlanItem, string> done, CancellationToken ct)
    {
        var item = await FindAsync(id, ct);
        if (item is null)
            return PlanItemOutcome.Missing;
        if (item.Stamp != stamp)
            return new(true, false, CalendarTexts.Stale(item.Topic));
        if (await change(item) is { } refusal)
            return new(true, false, refusal);
        Touch(item, action);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(true, false, CalendarTexts.Stale(item.Topic));
        }
        return new(true, true, done(item));
    }
}
