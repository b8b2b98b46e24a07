using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;

namespace Portal.Modules.Documents;

/// <summary>
/// A document as the list shows it: its file (with format and size), its validity and, when it was replaced,
/// the document that replaced it.
/// </summary>
public sealed record DocumentRow(SectionItem Item, string? FileUrl, string? FileLabel, string Validity, SectionItem? ReplacedBy)
{
    public ContentFieldValues Fields { get; } = Item.Fields;

    public static async Task<IReadOnlyList<DocumentRow>> LoadAsync(
        PortalDbContext db, IMediaLibrary library, IReadOnlyList<SectionItem> items, CancellationToken ct)
    {
        var files = await library.GetManyAsync(items.Select(i => i.Fields.String(DocumentsModule.FileField)), ct);
        var rows = new List<DocumentRow>(items.Count);
        foreach (var item in items)
        {
            var fields = item.Fields;
            var validity = DocumentsModule.Validity(fields);
            var file = fields.String(DocumentsModule.FileField) is { } id ? files.GetValueOrDefault(id) : null;
            // One look-up per replaced document on the page: few of them, and "replaces" has no index.
            var replacedBy = validity == DocumentsModule.Replaced ? await ReplacedByAsync(db, fields, ct) : null;
            rows.Add(file is { OriginalUrl: { } url }
                ? new DocumentRow(item, url, file.DownloadLabel, validity, replacedBy)
                : new DocumentRow(item, fields.String("fileUrl"), null, validity, replacedBy));
        }
        return rows;
    }

    /// <summary>The published document whose "replaces" names this one's number.</summary>
    public static Task<SectionItem?> ReplacedByAsync(PortalDbContext db, ContentFieldValues fields, CancellationToken ct) =>
        fields.String("number") is { } number
            ? db.Set<ContentVersion>().AsNoTracking().PublishedOf(DocumentsModule.ContentType).WithFieldValue("replaces", number)
                .OrderByDescending(v => v.DisplayDateUtc).AsItems().FirstOrDefaultAsync(ct)
            : Task.FromResult<SectionItem?>(null);
}
