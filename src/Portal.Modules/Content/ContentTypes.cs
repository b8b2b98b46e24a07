namespace Portal.Modules.Content;

/// <summary>
/// A kind of content a module publishes. PathPrefix is the public section ("/tin-tuc");
/// an empty prefix puts items at the site root (agency pages).
/// </summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, string PathPrefix)
{
    public string UrlFor(string culture, string slug)
    {
        var cultureSegment = culture == "vi" ? "" : "/" + culture;
        return $"{cultureSegment}{PathPrefix}/{slug}";
    }
}

/// <summary>Every module adds its types at start-up through <see cref="ContentServiceCollectionExtensions.AddContentType"/>.</summary>
public sealed class ContentTypeRegistry(IEnumerable<ContentTypeDefinition> definitions)
{
    private readonly Dictionary<string, ContentTypeDefinition> byName = definitions.ToDictionary(d => d.Name);

    public IReadOnlyCollection<ContentTypeDefinition> All => byName.Values;

    public ContentTypeDefinition? Find(string? name) => name is not null && byName.TryGetValue(name, out var d) ? d : null;

    public ContentTypeDefinition Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"Unknown content type '{name}'.");

    public string UrlFor(string type, string culture, string slug) => Get(type).UrlFor(culture, slug);
}

public static class ContentStateNames
{
    public static string Vietnamese(ContentState state) => state switch
    {
        ContentState.Draft => "Bản nháp",
        ContentState.InReview => "Chờ duyệt",
        ContentState.Published => "Đã đăng",
        ContentState.Scheduled => "Hẹn giờ đăng",
        ContentState.Archived => "Lưu trữ",
        _ => state.ToString(),
    };
}
