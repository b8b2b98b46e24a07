using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The series an issue can belong to, by name, for the issue editor's picker (value: the series' slug).</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> SeriesChoicesAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var series = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ContentType == ColumnsModule.SeriesType && v.Latest)
            .Select(v => new { v.Slug, v.Title }).ToListAsync(ct);
        return series.OrderBy(s => s.Title, StringComparer.Ordinal).Select(s => new KeyValuePair<string, string>(s.Slug, s.Title)).ToList();
    }

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
