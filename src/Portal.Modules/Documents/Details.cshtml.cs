using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;

namespace Portal.Modules.Documents;

public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library) : SectionDetailsModel(db, DocumentsModule.Definition)
{
    public string? ReplacedSlug { get; private set; }
    public SectionItem? ReplacedBy { get; private set; }
    /// <summary>The attached file from the library ("PDF, 2,4 MB"); null for an older document that links a URL.</summary>
    public MediaView? Attachment { get; private set; }

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        var documents = Db.Set<ContentVersion>().AsNoTracking().PublishedOf(DocumentsModule.ContentType);
        if (Fields!.String("replaces") is { } replaces)
            ReplacedSlug = await documents.WithFieldValue("number", replaces).Select(v => v.Slug).FirstOrDefaultAsync(ct);
        if (Fields.String("number") is { } number)
            ReplacedBy = await documents.WithFieldValue("replaces", number).AsItems().FirstOrDefaultAsync(ct);
        if (Fields.String(DocumentsModule.FileField) is { } fileId && await library.GetAsync(fileId, ct) is { OriginalUrl: not null } file)
            Attachment = file;
        await LoadRelatedAsync(version, ct);
    }
}
