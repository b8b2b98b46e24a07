namespace Portal.Modules.Content;

/// <summary>
/// A module's follow-up to a publish (an editor's or the scheduled job's), run inside it before its one
/// SaveChanges: what the hook changes through the same scoped PortalDbContext, audit log and change feed commits
/// with the publish or not at all, so it cannot be lost.
/// </summary>
public interface IContentPublishHook
{
    Task OnPublishingAsync(ContentPublishing publishing, CancellationToken ct);
}

/// <param name="Item">The item being published (tracked).</param>
/// <param name="Version">The version that becomes public.</param>
/// <param name="Previous">The version that was public until now, if any.</param>
public sealed record ContentPublishing(ContentItem Item, ContentVersion Version, ContentVersion? Previous, Actor Actor);
