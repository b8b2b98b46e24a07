using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Content;

/// <summary>
/// Versions and workflow of content items. Every operation takes the stamp the editor saw, refuses a stale
/// one, and writes the item, its versions, the audit trail and the change log in one SaveChanges.
/// </summary>
public sealed class ContentManager(
    PortalDbContext db,
    TimeProvider clock,
    ContentTypeRegistry types,
    ContentSlugs slugs,
    IChangeFeed changes,
    IContentMediaLookup media,
    IAuditLog audit,
    IEnumerable<IContentPublishHook> hooks)
{
    public async Task<(ContentResult Result, string? Id)> CreateAsync(
        string type, string culture, ContentDraft draft, Actor actor, string? id = null, CancellationToken ct = default)
    {
        var definition = types.Get(type);
        var now = Now;
        var validation = await ValidateAsync(definition, draft, ct);
        if (!validation.Succeeded)
            return (validation, null);
        id ??= NewId();
        var slug = await slugs.ResolveAsync(type, culture, id, draft.Slug, draft.Title, ct);
        if (!slug.Result.Succeeded)
            return (slug.Result, null);
        var item = new ContentItem { Id = id, ContentType = type, Culture = culture, Slug = slug.Slug!, CreatedUtc = now, ModifiedUtc = now, OwnerId = actor.UserId };
        item.Versions.Add(ContentDrafts.NewVersion(item, 1, draft, slug.Slug!, actor, now));
        ContentDrafts.ApplyDisplayDate(definition, item.Versions[0]);
        db.Add(item);
        Audit(item, "created", 1, actor);
        await db.SaveChangesAsync(ct);
        return (ContentResult.Ok, id);
    }

    public Task<ContentResult> SaveDraftAsync(string id, Guid stamp, ContentDraft draft, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, async (item, versions, now) =>
        {
            var definition = types.Get(item.ContentType);
            var validation = await ValidateAsync(definition, draft, ct);
            if (!validation.Succeeded)
                return validation;
            // Without a slug the address stays: a retitled article keeps its links.
            var slug = await slugs.ResolveAsync(item.ContentType, item.Culture, item.Id, draft.Slug ?? item.Slug, draft.Title, ct);
            if (!slug.Result.Succeeded)
                return slug.Result;
            var latest = versions.Single(v => v.Latest);
            var target = latest;
            if (latest.Published || latest.State == ContentState.Archived)
            {
                latest.Latest = false;
                target = ContentDrafts.NewVersion(item, versions.Max(v => v.Number) + 1, draft, slug.Slug!, actor, now);
                db.Add(target);
            }
            else
            {
                ContentDrafts.Apply(target, draft, slug.Slug!, actor);
                if (target.State == ContentState.Scheduled)
                {
                    target.State = ContentState.Draft;
                    target.ScheduledUtc = null;
                }
            }
            ContentDrafts.ApplyDisplayDate(definition, target);
            item.Slug = slug.Slug!;
            Audit(item, "saved", target.Number, actor, draft.Note);
            return ContentResult.Ok;
        });

    public Task<ContentResult> SubmitAsync(string id, Guid stamp, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, (item, versions, now) =>
        {
            var latest = versions.Single(v => v.Latest);
            if (latest.Published)
                return Task.FromResult(ContentResult.Fail(ContentTexts.NothingToPublish));
            latest.State = ContentState.InReview;
            Audit(item, "submitted", latest.Number, actor);
            return Task.FromResult(ContentResult.Ok);
        });

    public Task<ContentResult> PublishAsync(string id, Guid stamp, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, async (item, versions, now) =>
        {
            var previous = versions.SingleOrDefault(v => v.Published);
            var result = Publish(item, versions, actor, now);
            if (result.Succeeded)
                foreach (var hook in hooks)
                    await hook.OnPublishingAsync(new ContentPublishing(item, versions.Single(v => v.Latest), previous, actor, audit, changes), ct);
            return result;
        });

    public Task<ContentResult> ScheduleAsync(string id, Guid stamp, DateTime publishAtUtc, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, (item, versions, now) =>
        {
            if (publishAtUtc <= now)
                return Task.FromResult(ContentResult.Fail(ContentTexts.ScheduleInPast, "PublishAt"));
            var latest = versions.Single(v => v.Latest);
            if (latest.Published)
                return Task.FromResult(ContentResult.Fail(ContentTexts.NothingToPublish));
            if (ContentDrafts.ReadyToPublish(types.Get(item.ContentType), latest) is { Succeeded: false } notReady)
                return Task.FromResult(notReady);
            latest.State = ContentState.Scheduled;
            latest.ScheduledUtc = publishAtUtc;
            Audit(item, "scheduled", latest.Number, actor, publishAtUtc.ToString("O"));
            return Task.FromResult(ContentResult.Ok);
        });

    public Task<ContentResult> UnpublishAsync(string id, Guid stamp, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, (item, versions, now) => Task.FromResult(Withdraw(item, versions, actor, now, ContentState.Draft, "unpublished")));

    public Task<ContentResult> ArchiveAsync(string id, Guid stamp, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, (item, versions, now) => Task.FromResult(Withdraw(item, versions, actor, now, ContentState.Archived, "archived")));

    /// <summary>Copies an earlier version into a new latest draft; history is never rewritten.</summary>
    public Task<ContentResult> RevertAsync(string id, Guid stamp, int number, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, actor, ct, async (item, versions, now) =>
        {
            var source = versions.SingleOrDefault(v => v.Number == number);
            if (source is null)
                return ContentResult.Fail(ContentTexts.VersionNotFound);
            var slug = await slugs.ResolveAsync(item.ContentType, item.Culture, item.Id, source.Slug, source.Title, ct);
            if (!slug.Result.Succeeded)
                return slug.Result;
            var latest = versions.Single(v => v.Latest);
            latest.Latest = false;
            var draft = new ContentDraft(source.Title, slug.Slug, source.Summary, source.BodyMarkdown, source.FieldsJson, source.DisplayDateUtc);
            var copy = ContentDrafts.NewVersion(item, versions.Max(v => v.Number) + 1, draft, slug.Slug!, actor, now);
            db.Add(copy);
            item.Slug = slug.Slug!;
            Audit(item, "reverted", copy.Number, actor, $"từ phiên bản {number}");
            return ContentResult.Ok;
        });

    /// <summary>Publishes every scheduled version whose time has come. Safe on several nodes: the stamp decides.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = Now;
        var due = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Latest && v.State == ContentState.Scheduled && v.ScheduledUtc <= now)
            .OrderBy(v => v.ScheduledUtc)
            .Select(v => new { v.ContentItemId, v.Item!.Stamp })
            .Take(100)
            .ToListAsync(ct);
        var published = 0;
        foreach (var item in due)
        {
            var result = await PublishAsync(item.ContentItemId, item.Stamp, Actor.System, ct);
            if (result.Succeeded)
                published++;
            db.ChangeTracker.Clear();
        }
        return published;
    }

    /// <summary>The checks of <see cref="ContentDrafts.ValidateAsync"/> (taxonomy terms included), then the media ids.</summary>
    private async Task<ContentResult> ValidateAsync(ContentTypeDefinition definition, ContentDraft draft, CancellationToken ct)
    {
        var validation = await ContentDrafts.ValidateAsync(db, definition, draft, ct);
        if (!validation.Succeeded)
            return validation;
        return await ContentMediaCheck.ValidateAsync(definition.Fields, draft.FieldsJson, media, ct) is { } problem
            ? ContentResult.Fail(problem.Message, $"Fields[{problem.Field}]")
            : ContentResult.Ok;
    }

    private ContentResult Publish(ContentItem item, List<ContentVersion> versions, Actor actor, DateTime now)
    {
        var latest = versions.Single(v => v.Latest);
        if (latest.Published)
            return ContentResult.Fail(ContentTexts.NothingToPublish);
        if (ContentDrafts.ReadyToPublish(types.Get(item.ContentType), latest) is { Succeeded: false } notReady)
            return notReady;
        var previous = versions.SingleOrDefault(v => v.Published);
        if (previous is not null)
        {
            previous.Published = false;
            if (previous.Slug != latest.Slug)
                slugs.AddRedirect(item, previous.Slug);
        }
        latest.Published = true;
        latest.State = ContentState.Published;
        latest.PublishedUtc = now;
        latest.ScheduledUtc = null;
        latest.DisplayDateUtc ??= item.FirstPublishedUtc ?? now;
        item.FirstPublishedUtc ??= now;
        slugs.RemoveRedirect(item, latest.Slug);
        ReindexTerms(item, latest);
        Audit(item, "published", latest.Number, actor);
        Log(item, ChangeKind.Published);
        return ContentResult.Ok;
    }

    private ContentResult Withdraw(ContentItem item, List<ContentVersion> versions, Actor actor, DateTime now, ContentState state, string action)
    {
        var published = versions.SingleOrDefault(v => v.Published);
        var latest = versions.Single(v => v.Latest);
        if (published is null && state == ContentState.Draft)
            return ContentResult.Fail(ContentTexts.NotPublished);
        if (published is not null)
        {
            published.Published = false;
            ReindexTerms(item, null);
            Log(item, ChangeKind.Removed);
        }
        latest.State = state;
        latest.ScheduledUtc = null;
        Audit(item, action, latest.Number, actor);
        return ContentResult.Ok;
    }

    private async Task<ContentResult> ChangeAsync(
        string id, Guid stamp, Actor actor, CancellationToken ct,
        Func<ContentItem, List<ContentVersion>, DateTime, Task<ContentResult>> change)
    {
        var item = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return ContentResult.Fail(ContentTexts.NotFound);
        if (item.Stamp != stamp)
            return ContentResult.Stale();
        var versions = await db.Set<ContentVersion>().Where(v => v.ContentItemId == id).ToListAsync(ct);
        var now = Now;
        var result = await change(item, versions, now);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }
        item.ModifiedUtc = now;
        item.Stamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ContentResult.Stale();
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return ContentResult.Fail(string.Format(ContentTexts.SlugTaken, item.Slug), "Slug");
        }
        await changes.PublishAsync(ct);
        return result;
    }


    private void ReindexTerms(ContentItem item, ContentVersion? published)
    {
        db.RemoveRange(db.Set<ContentTerm>().Where(t => t.ContentItemId == item.Id));
        if (published is not null)
            db.AddRange(ContentTermIndex.For(types.Get(item.ContentType), published));
    }

    private void Audit(ContentItem item, string action, int? number, Actor actor, string? detail = null) =>
        audit.Record(ContentAudit.Module, ContentAudit.Item, item.Id, action, actor.UserId, actor.UserName, detail, number);

    private void Log(ContentItem item, ChangeKind kind) => changes.Record(ContentAudit.Module, item.Id, kind);

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string NewId() => Guid.NewGuid().ToString("N");
}
