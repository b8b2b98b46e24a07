namespace Portal.Modules.Content;

/// <summary>
/// The content core's window on the media library: what kind of file an id names, or null when there is none.
/// The media module implements it, so the core checks media fields without naming that module.
/// </summary>
public interface IContentMediaLookup
{
    Task<MediaFieldKind?> KindOfAsync(string id, CancellationToken ct);
}

/// <summary>Checks that every media field names an existing library file of the kind the field takes.</summary>
internal static class ContentMediaCheck
{
    /// <summary>Library ids are 32 lower-case hex digits (a Guid without dashes).</summary>
    public static bool IsMediaId(string text) => text.Length == 32 && text.All(char.IsAsciiHexDigitLower);

    /// <summary>The first problem as (field name, Vietnamese message), or null. Runs after the syntactic checks.</summary>
    public static async Task<(string Field, string Message)?> ValidateAsync(
        IReadOnlyList<ContentFieldDefinition> fields, string json, IContentMediaLookup lookup, CancellationToken ct)
    {
        if (!fields.Any(f => f.Kind == FieldKind.Media))
            return null;
        var values = new ContentFieldValues(json);
        foreach (var field in fields.Where(f => f.Kind == FieldKind.Media))
        {
            if (values.String(field.Name) is not { } id)
                continue;
            var kind = await lookup.KindOfAsync(id, ct);
            if (kind is null)
                return (field.Name, string.Format(ContentTexts.MediaNotFound, field.Label, id));
            if (kind != field.Accepts)
                return (field.Name, string.Format(ContentTexts.MediaWrongKind, field.Label, ContentTexts.MediaKindName(field.Accepts), ContentTexts.MediaKindName(kind.Value)));
        }
        return null;
    }
}
