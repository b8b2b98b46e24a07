using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssueModel(PortalDbContext db) : SectionDetailsModel(db, ColumnsModule.Issue)
{
    public string? SeriesSlug { get; private set; }
    public string? SeriesTitle { get; private set; }

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        SeriesSlug = Fields!.List("series").FirstOrDefault();
        SeriesTitle = await Db.Set<ContentVersion>().AsNoTracking().PublishedOf(ColumnsModule.SeriesType)
            .Where(v => v.Slug == SeriesSlug).Select(v => v.Title).FirstOrDefaultAsync(ct);
    }
}
