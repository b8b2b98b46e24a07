using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// "Tạo bản nháp": a draft of the type the item's channel publishes, titled with its topic and dated by its due
/// date, linked to the item in the same SaveChanges as its creation (an item of a column series gets the series'
/// next issue; an event or conference an event; television and radio a clip; anything else a news article).
/// </summary>
public sealed class PlanDrafts(PortalDbContext db, PlanItemActions actions, ContentManager content, ContentTypeRegistry types, IServiceProvider services, TimeProvider clock)
{
    public const int TitleLength = 300;

    public async Task<PlanItemOutcome> CreateAsync(int id, Guid stamp, DateOnly? due, Actor actor, CancellationToken ct)
    {
        var item = await actions.FindAsync(id, ct);
        if (item is null)
            return PlanItemOutcome.Missing;
        if (item.Stamp != stamp)
            return new(true, false, CalendarTexts.Stale(item.Topic));
        var series = item.SeriesId is null ? null : await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentItemId == item.SeriesId && v.ContentType == ColumnsModule.SeriesType && v.Latest)
            .Select(v => new { v.Slug, v.FieldsJson }).FirstOrDefaultAsync(ct);
        var typeName = series is not null ? ColumnsModule.IssueType : TypeFor(item.Channel);
        if (types.Find(typeName) is not { } type)
            return new(true, false, CalendarTexts.NoContentType);
        var date = due ?? DateOnly.FromDateTime(Infrastructure.Web.Formats.ToLocal(clock.GetUtcNow().UtcDateTime));
        var fields = new Dictionary<string, string?>();
        if (series is not null)
        {
            var prefill = await ColumnIssuePrefill.ForAsync(services, new QueryCollection(new Dictionary<string, StringValues> { ["series"] = series.Slug }), ct);
            var time = ColumnSchedule.From(new ContentFieldValues(series.FieldsJson))?.Time ?? TimeOnly.MinValue;
            fields["series"] = series.Slug;
            fields["number"] = prefill.GetValueOrDefault("number") ?? "1";
            fields["airDate"] = date.ToDateTime(time).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            fields["plannedTopic"] = Cut(item.Topic, 300);
            fields["owner"] = item.Owner is null ? null : Cut(item.Owner, 200);
        }
        else if (typeName == "event")
            fields["start"] = date.ToDateTime(new TimeOnly(8, 0)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        else if (typeName == "clip")
            fields["topic"] = Cut(item.Topic, 200);
        var draft = new ContentDraft(Cut(item.Topic, TitleLength), null, "", "", ContentFieldValidator.FromForm(type.Fields, fields, "{}"),
            Note: $"Theo kế hoạch „{CalendarTexts.Short(item.Plan!.Title)}”, hạn {CalendarTexts.Date(date)}");
        // The link and the item's new stamp ride on the SaveChanges that creates the draft: both or neither.
        var contentId = Guid.NewGuid().ToString("N");
        actions.AddLink(item, typeName, contentId);
        actions.Touch(item, "draft", contentId);
        try
        {
            var (result, created) = await content.CreateAsync(typeName, "vi", draft, actor, contentId, ct);
            return result.Succeeded
                ? new(true, true, CalendarTexts.DraftCreated(item.Topic), created)
                : new(true, false, CalendarTexts.DraftRefused(result.Error ?? ""));
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(true, false, CalendarTexts.Stale(item.Topic));
        }
    }

    public static string TypeFor(PlanChannel channel) => channel switch
    {
        PlanChannel.Event or PlanChannel.Conference => "event",
        PlanChannel.Television or PlanChannel.Radio => "clip",
        _ => "news",
    };

    private static string Cut(string text, int max)
    {
        var value = text.Trim();
        return value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
    }
}
