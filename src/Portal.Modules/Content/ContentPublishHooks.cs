using Portal.Modules.Audit;
using Portal.Modules.Changes;

namespace Portal.Modules.Content;

/// <summary>
/// A module's follow-up to a publish (an editor's or the scheduled job's), run inside it before its one
/// SaveChanges: what the hook changes through the same scoped PortalDbContext, and what it records through
/// <see cref="ContentPublishing.RecordFollowUp"/>, commits with the publish or not at all, so it cannot be lost.
/// </summary>
public interface IContentPublishHook
{
    Task OnPublishingAsync(ContentPublishing publishing, CancellationToken ct);
}

/// <summary>The publish a hook follows: the item (tracked), the version becoming public, the one public until now.</summary>
public sealed class ContentPublishing(ContentItem item, ContentVersion version, ContentVersion? previous, Actor actor, IAuditLog audit, IChangeFeed changes)
{
    public ContentItem Item => item;
    public ContentVersion Version => version;
    public ContentVersion? Previous => previous;
    public Actor Actor => actor;

    /// <summary>
    /// Records that the hook changed another content item: an audit entry in its history by the publishing actor
    /// and, when its public version changed, a change-feed entry (search and the output cache follow).
    /// </summary>
    public void RecordFollowUp(string itemId, string action, string? detail, int? versionNumber, bool publicChanged)
    {
        audit.Record(ContentAudit.Module, ContentAudit.Item, itemId, action, actor.UserId, actor.UserName, detail, versionNumber);
        if (publicChanged)
            changes.Record(ContentAudit.Module, itemId, ChangeKind.Published);
    }
}
