using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Site;

namespace Portal.Modules.Bulletins;

public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library) : SectionDetailsModel(db, BulletinsModule.Definition)
{
    public DocumentFiles Files { get; private set; } = new(null, "", null, "");

    protected override async Task OnLoadedAsync(Content.ContentVersion version, CancellationToken ct)
    {
        var fields = Fields!;
        Files = await DocumentFiles.LoadAsync(library, fields, BulletinsModule.CoverField, BulletinsModule.PdfField,
            $"Bìa bản tin số {fields.Int("number")}/{fields.Int("year")}", "Tải bản PDF", ct);
        ShareImage = Files.Cover?.Src;
        await LoadRelatedAsync(version, ct);
    }
}
