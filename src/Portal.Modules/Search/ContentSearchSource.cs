using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Search;

/// <summary>
/// Every registered content type, from its published version: title, summary as lead, Markdown body as plain
/// text, display date, and categories / S&amp;T fields / tags from FieldsJson when present. A new type added
/// with AddContentType is searchable without any change here. Reads the content entries of the change feed.
/// </summary>
internal sealed class ContentSearchSource(PortalDbContext db, ContentTypeRegistry types) : ISearchDocumentSource
{
    private const string Prefix = "content:";

    public string Name => "content";

    /// <summary>Every entry of the feed (<see cref="ChangeFeedLog"/>); entries of other modules carry no document.</summary>
    public Task<IReadOnlyList<SearchChange>> ReadChangesAsync(long afterPosition, int max, CancellationToken ct) =>
        ChangeFeedLog.ReadAsync(db, ContentAudit.Module, Prefix, afterPosition, max, ct);

    public Task<long> LastPositionAsync(CancellationToken ct) => ChangeFeedLog.LastPositionAsync(db, ct);

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        var itemIds = documentIds.Where(id => id.StartsWith(Prefix, StringComparison.Ordinal)).Select(id => id[Prefix.Length..]).ToList();
        var versions = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Published && itemIds.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.ContentType, v.Culture, v.Title, v.Slug, v.Summary, v.BodyMarkdown, v.FieldsJson, v.DisplayDateUtc, v.PublishedUtc })
            .ToListAsync(ct);
        var documents = new List<SearchDocument>(versions.Count);
        foreach (var v in versions)
        {
            // A type whose module is no longer loaded has no public page: nothing to link to.
            if (types.Find(v.ContentType) is not { } type)
                continue;
            documents.Add(new SearchDocument(
                Prefix + v.ContentItemId, v.ContentType, v.Culture, v.Title, Lead(type, v.FieldsJson, v.Summary), MarkdownRenderer.ToPlainText(v.BodyMarkdown),
                type.UrlFor(v.Culture, v.Slug), v.DisplayDateUtc ?? v.PublishedUtc, Facets(v.FieldsJson)));
        }
        return documents;
    }

    /// <summary>
    /// The summary, opened by the type's search key fields ("Quyết định 120/QĐ-UBND · UBND tỉnh. …"): a document is
    /// found by its number or its kind and number like by words of its lead.
    /// </summary>
    internal static string Lead(ContentTypeDefinition type, string fieldsJson, string summary)
    {
        if (type.SearchKeyFields.Count == 0)
            return summary;
        ContentFieldValues fields;
        try
        {
            fields = new ContentFieldValues(fieldsJson);
        }
        catch (JsonException)
        {
            return summary;
        }
        var values = new List<string>();
        foreach (var name in type.SearchKeyFields)
        {
            var definition = type.Fields.FirstOrDefault(f => f.Name == name);
            var value = fields.String(name);
            if (value is null)
                continue;
            values.Add(definition is { Kind: FieldKind.Select } ? definition.Options.FirstOrDefault(o => o.Key == value).Value ?? value : value);
        }
        if (values.Count == 0)
            return summary;
        // The kind and the number read as one phrase ("Quyết định 120/QĐ-UBND"), the rest after a separator.
        var key = values.Count > 2 ? $"{values[0]} {values[1]} · {string.Join(" · ", values.Skip(2))}" : string.Join(' ', values);
        return string.IsNullOrWhiteSpace(summary) ? key : $"{key}. {summary}";
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(string fieldsJson)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>();
        try
        {
            var fields = new ContentFieldValues(fieldsJson);
            foreach (var (property, facet) in new[] { ("categories", "category"), ("fieldCodes", "field"), ("tags", "tag") })
                if (fields.List(property) is { Count: > 0 } values)
                    facets[facet] = values;
        }
        catch (JsonException)
        {
            // Fields are validated on save; a bad value from an older version must not stop indexing.
        }
        return facets;
    }
}
