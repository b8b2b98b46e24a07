using Portal.Modules.Media;

namespace Portal.Modules.Exchange;

/// <summary>
/// A listing's library files as its public page shows them: public images as responsive pictures, other public
/// files as download links, and the members-only files only when the visitor is a member (<see cref="Members"/>
/// is null otherwise, and the page says to sign in). Files the library does not know, or whose original it does
/// not let anyone download, are left out rather than shown as dead links.
/// </summary>
public sealed record ListingFiles(IReadOnlyList<MediaView> Images, IReadOnlyList<MediaView> Documents, int MemberCount, IReadOnlyList<MediaView>? Members)
{
    public static readonly ListingFiles None = new([], [], 0, null);

    public bool IsEmpty => Images.Count == 0 && Documents.Count == 0 && MemberCount == 0;

    /// <param name="memberIds">the members-only ids; read only for a member, so nobody else's page ever carries them</param>
    public static async Task<ListingFiles> LoadAsync(IMediaLibrary library, IReadOnlyList<string> publicIds, IReadOnlyList<string> memberIds, bool isMember, CancellationToken ct)
    {
        if (publicIds.Count == 0 && memberIds.Count == 0)
            return None;
        var views = await library.GetManyAsync(isMember ? publicIds.Concat(memberIds) : publicIds, ct);
        List<MediaView> InOrder(IEnumerable<string> ids) => ids.Distinct().Select(id => views.GetValueOrDefault(id)).OfType<MediaView>().ToList();
        var shown = InOrder(publicIds);
        var images = shown.Where(v => v is { Kind: MediaKind.Image, Picture: not null }).ToList();
        var documents = shown.Except(images).Where(v => v.OriginalUrl is not null).ToList();
        var members = isMember ? InOrder(memberIds).Where(v => v.OriginalUrl is not null).ToList() : null;
        return new(images, documents, members?.Count ?? memberIds.Count, members);
    }
}
