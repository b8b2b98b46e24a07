namespace Portal.Modules.Content;

/// <summary>
/// A kind of content a module publishes. PathPrefix is the public section ("/tin-tuc");
/// an empty prefix puts items at the site root (agency pages).
/// </summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, string PathPrefix)
{
    /// <summary>Type-specific fields, stored in FieldsJson and edited by the generic editor.</summary>
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    /// <summary>When set, the item's public date comes from this field (event start, issue date …).</summary>
    public string? DisplayDateField { get; init; }

    /// <summary>Values the create form starts with (a column issue takes its number and date from its series).</summary>
    public Func<IServiceProvider, Microsoft.AspNetCore.Http.IQueryCollection, CancellationToken, Task<Dictionary<string, string?>>>? Prefill { get; init; }

    /// <summary>Extra links on an item's edit page (e.g. "add the next issue" on a series).</summary>
    public Func<ContentVersion, IEnumerable<KeyValuePair<string, string>>>? AdminLinks { get; init; }

    /// <summary>
    /// Media fields, in order of preference, whose file pictures the item on cards and lists: a bulletin's cover,
    /// else its PDF's first page. Empty: the type's cards have no picture.
    /// </summary>
    public IReadOnlyList<string> PictureFields { get; init; } = [];

    /// <summary>
    /// Fields whose values, in this order, open the item's search text, ahead of its summary (a document's kind
    /// and number: "Quyết định 120/QĐ-UBND"), so they are found like words of the lead. A select field gives its
    /// option's label.
    /// </summary>
    public IReadOnlyList<string> SearchKeyFields { get; init; } = [];

    /// <summary>
    /// The type's own check on its fields, run after the generic ones on every save (editor and recipe): a clip's
    /// link must name a YouTube or Vimeo video. Returns (field, Vietnamese message) or null.
    /// </summary>
    public Func<ContentFieldValues, (string Field, string Message)?>? FieldRule { get; init; }

    /// <summary>
    /// What the latest version must have before it is published or scheduled (a clip needs a video); a draft may
    /// still lack it. Returns (field, Vietnamese message) or null.
    /// </summary>
    public Func<ContentFieldValues, (string Field, string Message)?>? PublishRule { get; init; }

    /// <summary>"tin bài", "sự kiện" …: the noun used in "Thêm …" and messages.</summary>
    public string ItemName { get; init; } = "mục";

    /// <summary>The section's path in English ("/news" for /en/news); null: the Vietnamese prefix is kept.</summary>
    public string? EnglishPathPrefix { get; init; }

    public string UrlFor(string culture, string slug)
    {
        var cultureSegment = culture == "vi" ? "" : "/" + culture;
        var prefix = culture == "en" && EnglishPathPrefix is not null ? EnglishPathPrefix : PathPrefix;
        return $"{cultureSegment}{prefix}/{slug}";
    }
}

/// <summary>Every module adds its types at start-up through <see cref="ContentModule.AddContentType"/>.</summary>
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

    /// <summary>
    /// The state as the editor's badge says it: a published item with a newer unpublished version says both, so
    /// "Bản nháp" never suggests the public page was taken down.
    /// </summary>
    public static string Badge(ContentState state, bool hasPublished) => (state, hasPublished) switch
    {
        (ContentState.Draft, true) => "Đã đăng — có bản nháp mới",
        (ContentState.InReview, true) => "Đã đăng — có bản mới chờ duyệt",
        (ContentState.Scheduled, true) => "Đã đăng — có bản mới hẹn giờ đăng",
        _ => Vietnamese(state),
    };
}
