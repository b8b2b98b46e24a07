using Portal.Modules.Content;

namespace Portal.Modules.Feeds;

/// <summary>
/// Every registered type with a path prefix is a public section with its own feed; the agency pages
/// (empty prefix) live at the root and have none. New types show up here without any change.
/// </summary>
internal static class FeedSections
{
    public static IEnumerable<ContentTypeDefinition> Sections(this ContentTypeRegistry types) =>
        types.All.Where(t => t.PathPrefix.Trim('/').Length > 0);

    public static string Key(this ContentTypeDefinition type) => type.PathPrefix.Trim('/');

    // A nested prefix ("chuyen-muc/ky") cannot be one route segment, so such a feed goes by type name.
    public static string FeedPath(this ContentTypeDefinition type) => "/rss/" + (type.Key().Contains('/') ? type.Name : type.Key());

    /// <summary>Accepts the section's address ("tin-tuc") or its type name ("news").</summary>
    public static ContentTypeDefinition? FindSection(this ContentTypeRegistry types, string section) =>
        types.Sections().FirstOrDefault(t =>
            string.Equals(t.Key(), section, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Name, section, StringComparison.OrdinalIgnoreCase));
}
