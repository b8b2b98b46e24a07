using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

public sealed record SeriesView(SectionItem Series, ColumnSchedule? Schedule, SectionItem? NextIssue, DateTime? NextDateUtc);

internal static class ColumnQueries
{
    public static async Task<List<SectionItem>> IssuesOfAsync(this PortalDbContext db, string seriesSlug, CancellationToken ct) =>
        await db.Set<ContentVersion>().AsNoTracking().PublishedOf(ColumnsModule.IssueType)
            .Where(v => db.Set<ContentTerm>().Any(t => t.ContentItemId == v.ContentItemId && t.Taxonomy == "series" && t.TermSlug == seriesSlug))
            .OrderByDescending(v => v.DisplayDateUtc).AsItems().ToListAsync(ct);

    /// <summary>The next issue: a published issue still to come, else the date the rule gives with no topic yet.</summary>
    public static SeriesView Describe(SectionItem series, IReadOnlyList<SectionItem> issues, DateTime nowUtc)
    {
        var schedule = ColumnSchedule.From(series.Fields);
        var upcoming = issues.Where(i => i.Date > nowUtc).OrderBy(i => i.Date).FirstOrDefault();
        DateTime? next = upcoming?.Date;
        if (next is null && schedule is not null)
            next = Infrastructure.Web.Formats.ToUtc(schedule.NextAfter(Infrastructure.Web.Formats.ToLocal(nowUtc)));
        return new SeriesView(series, schedule, upcoming, next);
    }
}
