using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Columns;

/// <summary>A new issue starts with its series, the next number and the date the series' rule gives.</summary>
internal static class ColumnIssuePrefill
{
    public static async Task<Dictionary<string, string?>> ForAsync(IServiceProvider services, IQueryCollection query, CancellationToken ct)
    {
        var values = new Dictionary<string, string?>();
        var seriesSlug = query["series"].ToString();
        if (string.IsNullOrEmpty(seriesSlug))
            return values;
        var db = services.GetRequiredService<PortalDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var series = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentType == ColumnsModule.SeriesType && v.Latest && v.Slug == seriesSlug).FirstOrDefaultAsync(ct);
        if (series is null)
            return values;
        values["series"] = seriesSlug;
        var issues = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentType == ColumnsModule.IssueType && v.Latest).WithFieldValue("series", new[] { seriesSlug })
            .Select(v => new { v.FieldsJson, v.DisplayDateUtc }).ToListAsync(ct);
        // Issues are numbered within their year: the next date decides the year, and the first issue of a year is 1.
        var next = ColumnSchedule.From(new ContentFieldValues(series.FieldsJson)) is { } schedule
            ? schedule.NextAfter(Formats.ToLocal(issues.Select(i => i.DisplayDateUtc).Append(now).Max()!.Value))
            : (DateTime?)null;
        var year = (next ?? Formats.ToLocal(now)).Year;
        values["number"] = (issues.Where(i => i.DisplayDateUtc is { } d && Formats.ToLocal(d).Year == year)
            .Select(i => new ContentFieldValues(i.FieldsJson).Int("number") ?? 0).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
        if (next is { } date)
            values["airDate"] = date.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return values;
    }
}
