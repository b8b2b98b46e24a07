using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class SeriesModel(PortalDbContext db, TimeProvider clock) : SectionDetailsModel(db, ColumnsModule.Series)
{
    public SeriesView? View { get; private set; }
    public IReadOnlyList<SectionItem> PastIssues { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        var now = Now;
        var issues = await Db.IssuesOfAsync(version.Slug, ct);
        var series = new SectionItem(version.ContentItemId, version.ContentType, version.Title, version.Slug, version.Summary, version.FieldsJson, version.DisplayDateUtc, version.PublishedUtc);
        View = ColumnQueries.Describe(series, issues, now);
        PastIssues = issues.Where(i => i.Date <= now).ToList();
    }
}
