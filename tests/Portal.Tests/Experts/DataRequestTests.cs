using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Rights;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Tests.Exchange;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ExpertRightsTestData;

namespace Portal.Tests.Experts;

/// <summary>The public request form (confirmed by e-mail), the staff queue with its working-day deadlines, and staff's actions.</summary>
public sealed partial class DataRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Form = "/chuyen-gia/yeu-cau-du-lieu";
    private const string Queue = "/admin/chuyen-gia/yeu-cau";

    private async Task<(DataRequest Request, string Link)> SubmitAsync(string kind, string profile, string email, string description)
    {
        var response = await ExchangeTestData.PostFormAsync(factory.Anonymous(), Form, null, new()
        {
            ["Input.Kind"] = kind, ["Input.Profile"] = profile, ["Input.Email"] = email, ["Input.Description"] = description,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var request = await db.Set<DataRequest>().AsNoTracking().SingleAsync(r => r.Description == description);
        var mail = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).LastAsync();
        return (request, ConfirmLink().Match(mail.TextBody).Value);
    }

    [Fact]
    public async Task A_request_enters_the_queue_only_after_its_mailed_link_and_staff_acknowledge_and_answer_by_mail()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Ngô Văn Hỏi {Token()}");
        var description = $"Cho tôi xem dữ liệu {Guid.NewGuid():N}";
        var (pending, link) = await SubmitAsync("Access", "https://cong.vn" + expert.Page, expert.Email, description);
        var staff = await factory.SignedInAsync("moderator@test.vn");

        Assert.Equal((DataRequestStatus.Pending, expert.Id), (pending.Status, pending.ProfileId));
        Assert.Null(pending.DueUtc);
        Assert.DoesNotContain($"{Queue}/{pending.Id}\"", await GetAsync(staff, Queue));
        var anonymous = factory.Anonymous();
        var path = new Uri(link).PathAndQuery;
        Assert.Contains("Xác nhận", await GetAsync(anonymous, path));
        Assert.Equal(HttpStatusCode.OK, (await ExchangeTestData.PostFormAsync(anonymous, path, null, [])).StatusCode);
        Assert.Contains($"{Queue}/{pending.Id}\"", await GetAsync(staff, Queue));
        Assert.Contains("liên kết không còn hiệu lực", (await GetAsync(anonymous, path)).ToLowerInvariant());

        var item = $"{Queue}/{pending.Id}";
        Assert.Contains("trùng với thư điện tử trong hồ sơ", await GetAsync(staff, item));
        Assert.Equal(HttpStatusCode.Redirect, (await ExchangeTestData.PostFormAsync(staff, item, "Acknowledge", [])).StatusCode);
        var answer = $"Bản sao dữ liệu gửi kèm {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await ExchangeTestData.PostFormAsync(staff, item, "Answer", new() { ["answer"] = answer })).StatusCode);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var done = await db.Set<DataRequest>().SingleAsync(r => r.Id == pending.Id);
        Assert.Equal((DataRequestStatus.Completed, answer), (done.Status, done.Answer));
        Assert.NotNull(done.AcknowledgedUtc);
        Assert.True(done.AcknowledgeByUtc < done.DueUtc);
        var subjects = await db.Set<OutboxMessage>().Where(m => m.To == expert.Email).Select(m => new { m.Subject, m.TextBody }).ToListAsync();
        Assert.Contains(subjects, m => m.Subject == RightsTexts.AcknowledgeSubject);
        Assert.Contains(subjects, m => m.Subject == RightsTexts.AnswerSubject && m.TextBody.Contains(answer));
    }

    [Fact]
    public async Task Staff_erase_the_linked_profile_from_the_queue_and_the_answer_still_reaches_the_requester()
    {
        var token = Token();
        var expert = await ExpertTestData.PublishAsync(factory, $"Lý Thị Xoá {token}");
        var (pending, link) = await SubmitAsync("Erasure", expert.Slug, expert.Email, $"Xoá hồ sơ của tôi {Guid.NewGuid():N}");
        await ExchangeTestData.PostFormAsync(factory.Anonymous(), new Uri(link).PathAndQuery, null, []);
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var item = $"{Queue}/{pending.Id}";
        var export = await staff.GetAsync($"/admin/chuyen-gia/{expert.Id}/du-lieu.json");
        Assert.Contains(token, await export.Content.ReadAsStringAsync());

        var erase = await ExchangeTestData.PostFormAsync(staff, item, "Erase", new() { ["confirm"] = "XOA", ["answer"] = "Đã xoá hồ sơ." });

        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(expert.Page)).StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.False(await db.Set<ExpertProfile>().AnyAsync(p => p.Id == expert.Id));
        var done = await db.Set<DataRequest>().SingleAsync(r => r.Id == pending.Id);
        Assert.Equal(DataRequestStatus.Completed, done.Status);
        Assert.Null(done.RequesterEmail);
        Assert.Null(done.ProfileText);
        var left = await db.Set<OutboxMessage>().Where(m => m.To == expert.Email).ToListAsync();
        Assert.Equal(RightsTexts.AnswerSubject, Assert.Single(left).Subject);
    }

    [Fact]
    public async Task The_queue_warns_in_words_when_a_request_is_overdue()
    {
        var marker = $"Hồ sơ quá hạn {Guid.NewGuid():N}";
        int id;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var received = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-40);
            var request = new DataRequest
            {
                Kind = DataRequestKind.Correction, ProfileText = marker, RequesterEmail = "qua-han@vien.vn", Channel = "staff",
                Status = DataRequestStatus.Received, CreatedUtc = received, ReceivedUtc = received, AcknowledgeByUtc = received.AddDays(3), DueUtc = received.AddDays(21),
            };
            db.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
        }

        var html = await GetAsync(await factory.SignedInAsync("moderator@test.vn"), Queue);

        var row = html[html.IndexOf(marker, StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Quá hạn!", row);
        Assert.Contains("QUÁ HẠN", row);
        Assert.Contains("yêu cầu đã quá hạn", html);
        Assert.Contains("Quá hạn!", await GetAsync(await factory.SignedInAsync("moderator@test.vn"), $"{Queue}/{id}"));
    }

    [Fact]
    public async Task Requests_whose_link_was_never_opened_are_forgotten_once_the_link_is_dead()
    {
        var (old, recent) = ($"Cũ {Guid.NewGuid():N}", $"Mới {Guid.NewGuid():N}");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            foreach (var (text, created) in new[] { (old, now.AddDays(-8)), (recent, now.AddDays(-1)) })
                db.Add(new DataRequest { Kind = DataRequestKind.Access, ProfileText = text, RequesterEmail = "chua-xac-nhan@vien.vn", Channel = "form", CreatedUtc = created, ConfirmToken = DataRequest.NewToken() });
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Scope())
        {
            var job = scope.ServiceProvider.GetServices<IPeriodicJob>().Single(j => j.Name == "experts.forget-unconfirmed-requests");
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await using (var scope = factory.Scope())
        {
            var left = await factory.Db(scope).Set<DataRequest>().Where(r => r.ProfileText == old || r.ProfileText == recent).Select(r => r.ProfileText).ToListAsync();
            Assert.Equal([recent], left);
        }
    }

    [Fact]
    public async Task The_form_never_asks_for_identity_documents_and_refuses_what_it_cannot_read_in_vietnamese()
    {
        var anonymous = factory.Anonymous();
        var html = await GetAsync(anonymous, Form);
        var response = await ExchangeTestData.PostFormAsync(anonymous, Form, null, new()
        {
            ["Input.Kind"] = "Withdrawal", ["Input.Purpose"] = "ban-hang", ["Input.Profile"] = "", ["Input.Email"] = "không phải thư",
        });

        Assert.DoesNotContain("type=\"file\"", html);
        Assert.Contains("không bao giờ yêu cầu ảnh hay số căn cước", html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(RightsTexts.PurposeRequired, errors);
        Assert.Contains(RightsTexts.ProfileRequired, errors);
        Assert.Contains(RightsTexts.EmailInvalid, errors);
    }

    [Fact]
    public async Task Garbage_posts_and_links_get_a_page_or_a_refusal_never_an_error()
    {
        var garbage = new Dictionary<string, string>
        {
            ["Input.Kind"] = "1,2", ["Input.Purpose"] = "'; drop table", ["Input.Profile"] = new string('/', 20_000), ["Input.Email"] = "a@b.vn\r\nBcc: x@y.vn",
            ["Input.Description"] = new string('x', 100_000), ["answer"] = new string('y', 50_000), ["profileId"] = "-1", ["confirm"] = "<b>",
            ["purpose"] = "\0", ["refuse"] = "maybe",
        };
        var staff = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var expert = await ExpertTestData.PublishAsync(factory, $"Mai Văn Rác {Token()}");
        var (pending, link) = await SubmitAsync("Correction", expert.Page, "rac@vien.vn", $"Sửa {Guid.NewGuid():N}");
        var confirm = new Uri(link).PathAndQuery;
        await ExchangeTestData.PostFormAsync(factory.Anonymous(), confirm, null, []);

        var anonymous = factory.Anonymous();
        foreach (var (client, page, handler, formPage) in new[]
        {
            (anonymous, Form, (string?)null, Form), (anonymous, Form + "/xac-nhan?ma=" + new string('a', 43), null, Form), (anonymous, confirm, null, Form),
            (staff, $"{Queue}/{pending.Id}", "Answer", Queue), (staff, $"{Queue}/{pending.Id}", "Link", Queue), (staff, $"{Queue}/{pending.Id}", "Withdraw", Queue),
            (staff, $"{Queue}/{pending.Id}", "Erase", Queue), (staff, $"{Queue}/999999999", "Acknowledge", Queue),
        })
        {
            var response = await ExchangeTestData.PostFormAsync(client, page, handler, new(garbage), formPage);
            Assert.True((int)response.StatusCode < 500, $"{page} {handler}: {(int)response.StatusCode}");
        }
        foreach (var path in new[] { Form + "/xac-nhan?ma=%00", Queue + "?daXong=abc", $"/admin/chuyen-gia/{int.MaxValue}/du-lieu.json" })
            Assert.True((int)(await staff.GetAsync(path)).StatusCode < 500, path);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Set<ExpertProfile>().AnyAsync(p => p.Id == expert.Id));
    }

    [GeneratedRegex(@"https?://\S+/chuyen-gia/yeu-cau-du-lieu/xac-nhan\?ma=[A-Za-z0-9_-]{43}")]
    private static partial Regex ConfirmLink();
}

/// <summary>Acknowledged within 2 working days, completed within 15: weekends and the listed holidays do not count.</summary>
public sealed class DataRequestDeadlineTests
{
    // Tết Đinh Mùi (6 February 2027): the days off as the test assumes them until the Prime Minister's notice.
    private static readonly WorkingCalendar Tet2027 = new(Options.Create(new CalendarOptions
    {
        Holidays = ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"],
    }));

    [Fact]
    public void A_request_received_just_before_Tet_2027_is_due_after_the_holiday_week()
    {
        var request = new DataRequest { Channel = "form" };
        // Wednesday 3 February 2027, 10:00 in Vietnam.
        DataRequestDeadlines.Start(request, new DateTime(2027, 2, 3, 3, 0, 0, DateTimeKind.Utc), Tet2027);

        Assert.Equal(new DateTime(2027, 2, 11, 10, 0, 0, DateTimeKind.Utc), request.AcknowledgeByUtc);
        Assert.Equal(new DateTime(2027, 3, 2, 10, 0, 0, DateTimeKind.Utc), request.DueUtc);
    }

    [Fact]
    public void Days_left_count_working_days_and_turn_negative_once_the_deadline_passed()
    {
        var due = new DateTime(2027, 2, 11, 10, 0, 0, DateTimeKind.Utc);

        Assert.Equal(2, DataRequestDeadlines.WorkingDaysLeft(new DateTime(2027, 2, 3, 3, 0, 0, DateTimeKind.Utc), due, Tet2027));
        Assert.Equal(0, DataRequestDeadlines.WorkingDaysLeft(new DateTime(2027, 2, 11, 2, 0, 0, DateTimeKind.Utc), due, Tet2027));
        Assert.Equal(-1, DataRequestDeadlines.WorkingDaysLeft(new DateTime(2027, 2, 11, 11, 0, 0, DateTimeKind.Utc), due, Tet2027));
        Assert.Equal(-1, DataRequestDeadlines.WorkingDaysLeft(new DateTime(2027, 2, 14, 3, 0, 0, DateTimeKind.Utc), due, Tet2027));
        Assert.Equal(-2, DataRequestDeadlines.WorkingDaysLeft(new DateTime(2027, 2, 15, 3, 0, 0, DateTimeKind.Utc), due, Tet2027));
        Assert.Equal("QUÁ HẠN 2 ngày làm việc", RightsTexts.Remaining(-2));
        Assert.Equal("còn 2 ngày làm việc", RightsTexts.Remaining(2));
    }
}
