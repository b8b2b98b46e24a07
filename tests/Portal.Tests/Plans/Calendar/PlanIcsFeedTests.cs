using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Calendar;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Plans.Calendar.CalendarFactory;

namespace Portal.Tests.Plans.Calendar;

public sealed class PlanIcsFeedTests(CalendarFactory factory) : IClassFixture<CalendarFactory>
{
    /// <summary>Creates (or replaces) the editor's address through the page and returns its path, shown once.</summary>
    private static async Task<string> CreateAsync(HttpClient client)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, CalendarPaths.Feed);
        var response = await client.PostAsync($"{CalendarPaths.Feed}?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(CalendarTexts.FeedCreated, html);
        var address = Regex.Match(html, "value=\"(https?://[^\"]+/lich/[A-Za-z0-9_-]+\\.ics)\"");
        Assert.True(address.Success, "The new address is shown");
        return new Uri(address.Groups[1].Value).AbsolutePath;
    }

    [Fact]
    public async Task Feed_holds_an_event_per_due_date_of_the_editors_items_and_is_never_stored()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var path = await CreateAsync(client);
        var response = await factory.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.ToDictionary(e => e.Summary!);
        var television = await factory.ItemAsync("Phóng sự truyền hình về đổi mới sáng tạo");
        var reportage = events[television.Topic];
        Assert.Equal(new DateOnly(Year, 6, 30), DateOnly.FromDateTime(reportage.DtStart!.Value));
        Assert.False(reportage.DtStart.HasTime);
        Assert.StartsWith($"plan-item-{television.Id}-{Year}0630@", reportage.Uid);
        Assert.Contains("Truyền hình", reportage.Description);
        Assert.Contains("Bài nhắc hạn sau hai ngày", events.Keys);
        Assert.Contains("✓ Bài đã xong cũng đến hạn", events.Keys);
        Assert.DoesNotContain("Việc của người khác", events.Keys);
        Assert.DoesNotContain("Tin Ngày Khoa học và Công nghệ quá hạn", events.Keys);
        Assert.DoesNotContain(DraftPlanTopic, events.Keys);
        Assert.Equal(events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task New_address_replaces_the_old_one_which_then_answers_404()
    {
        var client = await factory.SignedInAsync("chief@test.vn");
        var first = await CreateAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(first)).StatusCode);
        var second = await CreateAsync(client);
        Assert.NotEqual(first, second);
        var old = await factory.Anonymous().GetAsync(first);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        var feed = await factory.Anonymous().GetStringAsync(second);
        Assert.Contains("Việc của người khác", feed);
        var chief = await factory.UserIdAsync("chief@test.vn");
        await using var scope = factory.Scope();
        var stored = await factory.Db(scope).Set<PlanCalendarFeed>().SingleAsync(f => f.UserId == chief);
        var token = second["/lich/".Length..^".ics".Length];
        Assert.Equal(PlanIcsFeed.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash);
    }

    [Fact]
    public async Task Unknown_token_is_a_404_and_the_page_shows_no_address_again()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/lich/khong-phai-ma-that-su-nao-ca-1234567890.ics")).StatusCode);
        var client = await factory.SignedInAsync("admin@test.vn");
        var path = await CreateAsync(client);
        var page = await client.GetStringAsync(CalendarPaths.Feed);
        Assert.DoesNotContain(path, page);
        Assert.Contains("Bạn đang có một địa chỉ lịch", WebUtility.HtmlDecode(page));
        var token = await PortalFactory.AntiforgeryTokenAsync(client, CalendarPaths.Feed);
        var deleted = await client.PostAsync($"{CalendarPaths.Feed}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(path)).StatusCode);
    }
}
