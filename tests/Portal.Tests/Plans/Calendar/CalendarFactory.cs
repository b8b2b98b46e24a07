using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Columns;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Calendar;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans.Calendar;

/// <summary>
/// The test recipe plus one published plan of next year and a draft one, with the clock on 17 June of that year,
/// 10:00 in Vietnam. Each test class gets its own database; tests that change an item use an item of their own.
/// </summary>
public sealed class CalendarFactory : PortalFactory
{
    public const string SeriesId = "test-column";
    public const string EditorEmail = "editor@test.vn";

    public static readonly int Year = DateTime.UtcNow.Year + 1;
    public static readonly DateOnly Today = new(Year, 6, 17);
    public static DateOnly June => new(Year, 6, 1);
    public static string JuneQuery => $"thang={Year}-06";

    /// <summary>Topic, channel, period, status, assigned to the editor.</summary>
    public static readonly (string Topic, PlanChannel Channel, PlanPeriod Period, PlanItemStatus Status, bool Assigned)[] Items =
    [
        ("Tin Ngày Khoa học và Công nghệ quá hạn", PlanChannel.Website, Day(10), PlanItemStatus.Planned, false),
        ("Phóng sự truyền hình về đổi mới sáng tạo", PlanChannel.Television, Month(6), PlanItemStatus.InProgress, true),
        ("Hội nghị sơ kết đã xong", PlanChannel.Conference, Day(5), PlanItemStatus.Done, false),
        ("Chuyên mục hằng tháng theo lịch phát sóng", PlanChannel.Newspaper, new PlanPeriod(PlanPeriodKind.Monthly, Year, PlanPeriod.AllMonths, "Hàng tháng"), PlanItemStatus.Planned, false),
        ("Tọa đàm theo thực tế", PlanChannel.Event, new PlanPeriod(PlanPeriodKind.AsNeeded, Year, 0, "Theo thực tế"), PlanItemStatus.Planned, false),
        ("Bài nhắc hạn sau hai ngày", PlanChannel.Website, Day(19), PlanItemStatus.Planned, true),
        ("Bài đã xong cũng đến hạn", PlanChannel.Website, Day(18), PlanItemStatus.Done, true),
        ("Bài còn xa hạn", PlanChannel.Website, Day(28), PlanItemStatus.Planned, true),
        ("Bài tháng Bảy", PlanChannel.Website, Month(7), PlanItemStatus.Planned, false),
        ("Việc để nhận và trả", PlanChannel.Website, Day(24), PlanItemStatus.Planned, false),
        ("Việc để đổi trạng thái", PlanChannel.Radio, Day(24), PlanItemStatus.Planned, false),
        ("Việc để tạo tin", PlanChannel.Website, Day(24), PlanItemStatus.Planned, false),
        ("Việc để gắn nội dung", PlanChannel.Print, Day(24), PlanItemStatus.Planned, false),
        ("Việc của người khác", PlanChannel.Website, Day(24), PlanItemStatus.Planned, false),
    ];

    public const string SeriesTopic = "Chuyên mục hằng tháng theo lịch phát sóng";
    public const string DraftPlanTopic = "Mục của kế hoạch chưa công bố";

    private static PlanPeriod Day(int day) => new(PlanPeriodKind.Dates, Year, PlanPeriod.Mask(6, 6), $"{day}/6", new DateOnly(Year, 6, day), new DateOnly(Year, 6, day));

    private static PlanPeriod Month(int month) => new(PlanPeriodKind.Month, Year, PlanPeriod.Mask(month, month), $"Tháng {month}");

    public override async Task InitializeAsync()
    {
        Clock.Set(new DateTimeOffset(Year, 6, 17, 3, 0, 30, TimeSpan.Zero));
        await base.InitializeAsync();
        await using var scope = Scope();
        var db = Db(scope);
        var editor = await UserIdAsync(EditorEmail);
        var chief = await UserIdAsync("chief@test.vn");
        var now = Clock.UtcNow;
        var plan = new Plan { Slug = "ke-hoach-lich", DocumentType = "Kế hoạch", Title = $"Kế hoạch truyền thông năm {Year}", Year = Year, Status = PlanStatus.Published, CreatedUtc = now, UpdatedUtc = now, PublishedUtc = now };
        plan.Items = [.. Items.Select((item, i) => new PlanItem
        {
            Position = i, Topic = item.Topic, Channel = item.Channel, Period = item.Period, Status = item.Status, Owner = "Phòng Thông tin",
            AssigneeId = item.Assigned ? editor : item.Topic == "Việc của người khác" ? chief : null,
            SeriesId = item.Topic == SeriesTopic ? SeriesId : null,
        })];
        var draft = new Plan { Slug = "ke-hoach-nhap", DocumentType = "Kế hoạch", Title = "Kế hoạch chưa công bố", Year = Year, Status = PlanStatus.Draft, CreatedUtc = now, UpdatedUtc = now };
        draft.Items = [new PlanItem { Topic = DraftPlanTopic, Channel = PlanChannel.Website, Period = Day(20), AssigneeId = editor }];
        db.AddRange(plan, draft);
        await db.SaveChangesAsync();
    }

    /// <summary>The series' date in June, as the column's rule (Saturday of the third week) gives it.</summary>
    public static DateOnly SeriesDueInJune => DateOnly.FromDateTime(new ColumnSchedule(ColumnScheduleKind.WeekdayOfWeek, 3, DayOfWeek.Saturday, new TimeOnly(20, 30)).DateIn(Year, 6));

    public async Task<string> UserIdAsync(string email)
    {
        await using var scope = Scope();
        return await Db(scope).Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public async Task<PlanItem> ItemAsync(string topic)
    {
        await using var scope = Scope();
        return await Db(scope).Set<PlanItem>().AsNoTracking().Include(i => i.Links).SingleAsync(i => i.Topic == topic);
    }

    /// <summary>Posts one of the calendar's row forms, with the antiforgery token of the page the editor sees.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, PlanItem item, Guid? stamp = null, Dictionary<string, string>? extra = null)
    {
        var token = await AntiforgeryTokenAsync(client, $"{CalendarPaths.Calendar}?{JuneQuery}");
        var form = new Dictionary<string, string>
        {
            ["id"] = item.Id.ToString(), ["stamp"] = (stamp ?? item.Stamp).ToString(), ["thang"] = $"{Year}-06", ["__RequestVerificationToken"] = token,
        };
        foreach (var (key, value) in extra ?? [])
            form[key] = value;
        return await client.PostAsync($"{CalendarPaths.Calendar}?handler={handler}", new FormUrlEncodedContent(form));
    }

    /// <summary>The page the redirect after a POST leads to, where the message shows.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }
}
