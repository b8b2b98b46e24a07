using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Documents;

/// <summary>
/// When a document naming another's number in "replaces" is published, the replaced document becomes
/// "Bị thay thế" in the same transaction. Only when "replaces" is new or changed: an editor who later sets the
/// validity back by hand is not overruled by the next edit of the replacing document.
/// </summary>
internal sealed class DocumentReplacement(PortalDbContext db) : IContentPublishHook
{
    private const string ReplacesField = "replaces";

    public async Task OnPublishingAsync(ContentPublishing publishing, CancellationToken ct)
    {
        if (publishing.Item.ContentType != DocumentsModule.ContentType)
            return;
        var fields = new ContentFieldValues(publishing.Version.FieldsJson);
        if (fields.String(ReplacesField)?.Trim() is not { } replaces
            || (publishing.Previous is { } previous && new ContentFieldValues(previous.FieldsJson).String(ReplacesField)?.Trim() == replaces))
            return;
        var versions = await db.Set<ContentVersion>()
            .Where(v => v.ContentType == DocumentsModule.ContentType && v.ContentItemId != publishing.Item.Id && (v.Published || v.Latest))
            .WithFieldValue("number", replaces)
            .ToListAsync(ct);
        var detail = $"bị thay thế bởi văn bản số {fields.String("number")}";
        foreach (var group in versions.GroupBy(v => v.ContentItemId))
        {
            var marked = group.Where(MarkReplaced).ToList();
            if (marked.Count == 0)
                continue;
            var item = await db.Set<ContentItem>().SingleAsync(i => i.Id == group.Key, ct);
            // A form open on the replaced document is now stale: saving it would put the old validity back.
            item.Stamp = Guid.NewGuid();
            publishing.RecordFollowUp(item.Id, "replaced", detail, marked.Max(v => v.Number), publicChanged: marked.Any(v => v.Published));
        }
    }

    /// <summary>Sets the version's validity to replaced; false when it already was.</summary>
    private static bool MarkReplaced(ContentVersion version)
    {
        var json = JsonNode.Parse(version.FieldsJson) as JsonObject ?? [];
        if (json[DocumentsModule.ValidityField] is JsonValue v && v.TryGetValue<string>(out var current) && current == DocumentsModule.Replaced)
            return false;
        json[DocumentsModule.ValidityField] = DocumentsModule.Replaced;
        version.FieldsJson = json.ToJsonString();
        return true;
    }
}
