using System.Net;
using System.Text.RegularExpressions;
using Portal.Modules.Plans.Calendar;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans.Calendar;

public sealed class CalendarPageTests(CalendarFactory factory) : IClassFixture<CalendarFactory>
{
    private async Task<string> PageAsync(string query = "", string email = CalendarFactory.EditorEmail)
    {
        var client = await factory.SignedInAsync(email);
        var response = await client.GetAsync(CalendarPaths.Calendar + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The list's row of one item's due date.</summary>
    private async Task<string> RowAsync(string html, string topic, DateOnly due)
    {
        var item = await factory.ItemAsync(topic);
        var match = Regex.Match(html, $"<tr id=\"muc-{item.Id}-{due.DayNumber}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row for „{topic}” due {due}");
        return match.Value;
    }

    private static string List(string html) => html[html.IndexOf("<table class=\"data calendar-list\"", StringComparison.Ordinal)..];

    [Fact]
    public async Task Calendar_lists_the_months_items_of_published_plans_with_their_due_dates()
    {
        var html = await PageAsync();
        Assert.Contains($"Tháng 6/{CalendarFactory.Year}", html);
        var row = await RowAsync(html, "Phóng sự truyền hình về đổi mới sáng tạo", new DateOnly(CalendarFactory.Year, 6, 30));
        Assert.Contains("Truyền hình", row);
        Assert.Contains("Phòng Thông tin", row);
        Assert.Contains("Biên tập viên", row);
        Assert.Contains("Đang thực hiện", row);
        Assert.Contains($"30/06/{CalendarFactory.Year}", row);
        // The column series' rule gives the monthly item its day.
        await RowAsync(html, CalendarFactory.SeriesTopic, CalendarFactory.SeriesDueInJune);
        Assert.DoesNotContain("Bài tháng Bảy", html);
        Assert.DoesNotContain(CalendarFactory.DraftPlanTopic, html);
        var noDate = html[html.IndexOf(CalendarTexts.NoFixedDate, StringComparison.Ordinal)..];
        Assert.Contains("Tọa đàm theo thực tế", noDate);
        Assert.DoesNotContain("Tọa đàm theo thực tế", html[..html.IndexOf(CalendarTexts.NoFixedDate, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Overdue_open_items_are_marked_in_words_and_done_items_are_not()
    {
        var html = await PageAsync("?" + CalendarFactory.JuneQuery);
        var overdue = await RowAsync(html, "Tin Ngày Khoa học và Công nghệ quá hạn", new DateOnly(CalendarFactory.Year, 6, 10));
        Assert.Contains("class=\"overdue\"", overdue);
        Assert.Contains(CalendarTexts.Overdue, overdue);
        var done = await RowAsync(html, "Hội nghị sơ kết đã xong", new DateOnly(CalendarFactory.Year, 6, 5));
        Assert.DoesNotContain(CalendarTexts.Overdue, done);
        var later = await RowAsync(html, "Bài còn xa hạn", new DateOnly(CalendarFactory.Year, 6, 28));
        Assert.DoesNotContain(CalendarTexts.Overdue, later);
    }

    [Fact]
    public async Task Month_grid_is_a_table_with_weekday_headers_holding_the_items_on_their_days()
    {
        var html = await PageAsync("?" + CalendarFactory.JuneQuery);
        var grid = Regex.Match(html, "<table class=\"calendar-grid\">(.*?)</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"col\">Thứ Hai</th>", grid);
        Assert.Contains("<th scope=\"col\">Chủ nhật</th>", grid);
        Assert.Contains($"10/06/{CalendarFactory.Year}", grid);
        Assert.Contains("Tin Ngày Khoa học và Công nghệ quá hạn</a> <strong>", grid.Replace("\n", ""));
    }

    [Fact]
    public async Task Previous_and_next_months_list_their_own_items()
    {
        var july = await PageAsync($"?thang={CalendarFactory.Year}-07");
        Assert.Contains("Bài tháng Bảy", july);
        Assert.DoesNotContain("Phóng sự truyền hình về đổi mới sáng tạo", july);
        Assert.Contains($"thang={CalendarFactory.Year}-06", july);
        Assert.Contains($"thang={CalendarFactory.Year}-08", july);
    }

    [Fact]
    public async Task Channel_and_status_filters_keep_only_matching_items()
    {
        var television = List(await PageAsync($"?{CalendarFactory.JuneQuery}&kenh=Television"));
        Assert.Contains("Phóng sự truyền hình về đổi mới sáng tạo", television);
        Assert.DoesNotContain("Tin Ngày Khoa học và Công nghệ quá hạn", television);
        var done = List(await PageAsync($"?{CalendarFactory.JuneQuery}&trangthai=Done"));
        Assert.Contains("Hội nghị sơ kết đã xong", done);
        Assert.Contains("Bài đã xong cũng đến hạn", done);
        Assert.DoesNotContain("Bài còn xa hạn", done);
    }

    [Fact]
    public async Task My_assignments_keep_only_the_items_the_signed_in_editor_claimed()
    {
        var mine = List(await PageAsync($"?{CalendarFactory.JuneQuery}&cuatoi=true"));
        foreach (var topic in new[] { "Phóng sự truyền hình về đổi mới sáng tạo", "Bài nhắc hạn sau hai ngày", "Bài còn xa hạn" })
            Assert.Contains(topic, mine);
        Assert.DoesNotContain("Tin Ngày Khoa học và Công nghệ quá hạn", mine);
        Assert.DoesNotContain("Việc của người khác", mine);
        var chiefs = List(await PageAsync($"?{CalendarFactory.JuneQuery}&cuatoi=true", "chief@test.vn"));
        Assert.Contains("Việc của người khác", chiefs);
        Assert.DoesNotContain("Bài còn xa hạn", chiefs);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_members_are_refused()
    {
        var anonymous = await factory.Anonymous().GetAsync(CalendarPaths.Calendar);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/dang-nhap", anonymous.Headers.Location!.OriginalString);
        var member = await factory.SignedInAsync("member@test.vn");
        foreach (var path in new[] { CalendarPaths.Calendar, CalendarPaths.Feed })
        {
            var refused = await member.GetAsync(path);
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("/khong-co-quyen") == true,
                $"{path}: {(int)refused.StatusCode}");
        }
        var item = await factory.ItemAsync("Việc của người khác");
        var token = await PortalFactory.AntiforgeryTokenAsync(member, "/dang-nhap");
        var post = await member.PostAsync($"{CalendarPaths.Calendar}?handler=Claim", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = item.Id.ToString(), ["stamp"] = item.Stamp.ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(item.AssigneeId, (await factory.ItemAsync("Việc của người khác")).AssigneeId);
    }
}
