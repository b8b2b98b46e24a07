using Portal.Modules.Content;
using Portal.Modules.Media;

namespace Portal.Modules.Site;

/// <summary>
/// The picture of each card: the first of the type's <see cref="ContentTypeDefinition.PictureFields"/> that names a
/// library file with a picture (a cover, a clip's poster frame, a PDF's first page). One query for the whole list.
/// </summary>
public static class CardPictures
{
    /// <summary>Thumbnails beside a card's title: 7rem wide, so a 360 px phone (even at 3×) takes the 320 or 640 preset.</summary>
    public const string ThumbnailSizes = "7rem";

    public static async Task<IReadOnlyDictionary<string, MediaPicture>> ForAsync(
        IMediaLibrary library, IEnumerable<(SectionItem Item, ContentTypeDefinition Type)> cards, CancellationToken ct = default)
    {
        var list = cards.Where(c => c.Type.PictureFields.Count > 0).ToList();
        if (list.Count == 0)
            return new Dictionary<string, MediaPicture>();
        var candidates = list.ToDictionary(c => c.Item.Id, c => c.Type.PictureFields.Select(f => c.Item.Fields.String(f)).OfType<string>().ToList());
        var views = await library.GetManyAsync(candidates.Values.SelectMany(ids => ids), ct);
        var pictures = new Dictionary<string, MediaPicture>();
        foreach (var (itemId, ids) in candidates)
        {
            if (ids.Select(id => views.GetValueOrDefault(id)?.Picture).FirstOrDefault(p => p is not null) is { } picture)
                pictures[itemId] = picture;
        }
        return pictures;
    }

    public static Task<IReadOnlyDictionary<string, MediaPicture>> ForAsync(
        IMediaLibrary library, ContentTypeDefinition type, IEnumerable<SectionItem> items, CancellationToken ct = default) =>
        ForAsync(library, items.Select(i => (i, type)), ct);
}
