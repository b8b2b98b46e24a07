using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;

namespace Portal.Modules.Publications;

public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library) : SectionDetailsModel(db, PublicationsModule.Definition)
{
    public DocumentFiles Files { get; private set; } = new(null, "", null, "");

    protected override async Task OnLoadedAsync(Content.ContentVersion version, CancellationToken ct)
    {
        Files = await DocumentFiles.LoadAsync(library, Fields!, PublicationsModule.CoverField, PublicationsModule.PdfField,
            "Bìa ấn phẩm " + version.Title, "Tải ấn phẩm", ct);
        ShareImage = Files.Cover?.Src;
        await LoadRelatedAsync(version, ct);
    }
}
