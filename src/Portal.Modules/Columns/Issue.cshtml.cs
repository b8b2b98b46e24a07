using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed class IssueModel(PortalDbContext db, ContentTypeRegistry types, TimeProvider clock) : SectionDetailsModel(db, ColumnsModule.Issue)
{
    public string? SeriesSlug { get; private set; }
    public string? SeriesTitle { get; private set; }
    public string? Channel { get; private set; }
    public bool IsUpcoming { get; private set; }
    public IReadOnlyList<IssueArticle> Articles { get; private set; } = [];
    /// <summary>The issues before and after this one in its series, by date (the next may still be to come).</summary>
    public SectionItem? Previous { get; private set; }
    public SectionItem? Next { get; private set; }

    protected override async Task OnLoadedAsync(ContentVersion version, CancellationToken ct)
    {
        SeriesSlug = Fields!.List("series").FirstOrDefault();
        var series = await Db.Set<ContentVersion>().AsNoTracking().PublishedOf(ColumnsModule.SeriesType)
            .Where(v => v.Slug == SeriesSlug).Select(v => new { v.Title, v.FieldsJson }).FirstOrDefaultAsync(ct);
        SeriesTitle = series?.Title;
        Channel = series is null ? null : new ContentFieldValues(series.FieldsJson).String("channel");
        IsUpcoming = ColumnIssues.IsUpcoming(version.DisplayDateUtc, clock.GetUtcNow().UtcDateTime);
        Articles = await ColumnIssueArticles.ResolveAsync(Db, types, Fields.List(ColumnIssueArticles.Field), ct);
        if (SeriesSlug is not null && version.DisplayDateUtc is { } date)
        {
            var issues = await Db.IssuesOfAsync(SeriesSlug, ct); // newest first
            var index = issues.FindIndex(i => i.Id == version.ContentItemId);
            if (index >= 0)
            {
                Next = index > 0 ? issues[index - 1] : null;
                Previous = index + 1 < issues.Count ? issues[index + 1] : null;
            }
        }
    }
}
