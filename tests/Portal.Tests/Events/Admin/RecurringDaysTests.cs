using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events.Admin;

public sealed class RecurringDaysTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/admin/su-kien/ngay-ky-niem";

    private static async Task<HttpResponseMessage> CreateForAsync(HttpClient client, int year)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, Page);
        return await client.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["year"] = year.ToString(),
        }));
    }

    private async Task<List<(string Title, string Fields)>> EventsOfAsync(int year)
    {
        await using var scope = factory.Scope();
        var rows = await factory.Db(scope).Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentType == "event" && v.ContentItemId.StartsWith($"ky-niem-{year}-"))
            .OrderBy(v => v.ContentItemId).Select(v => new { v.Title, v.FieldsJson }).ToListAsync();
        return rows.Select(r => (r.Title, r.FieldsJson)).ToList();
    }

    [Fact]
    public async Task Recurring_days_page_creates_the_three_days_of_a_year_as_drafts()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await CreateForAsync(editor, 2031);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var events = await EventsOfAsync(2031);
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Title == "Ngày Sở hữu trí tuệ thế giới 26/4/2031" && e.Fields.Contains("\"start\":\"2031-04-26T08:00\""));
        Assert.Contains(events, e => e.Title == "Ngày Khoa học và Công nghệ Việt Nam 18/5/2031" && e.Fields.Contains("\"start\":\"2031-05-18T08:00\""));
        Assert.Contains(events, e => e.Title == "Ngày truyền thống ngành Khoa học và Công nghệ 19/10/2031" && e.Fields.Contains("\"start\":\"2031-10-19T08:00\""));
        await using var scope = factory.Scope();
        Assert.All(await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId.StartsWith("ky-niem-2031-")).ToListAsync(),
            v => Assert.Equal(ContentState.Draft, v.State));
    }

    [Fact]
    public async Task Running_the_recurring_days_twice_does_not_duplicate_them()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await CreateForAsync(editor, 2032)).StatusCode);
        var second = await CreateForAsync(editor, 2032);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        Assert.Equal(3, (await EventsOfAsync(2032)).Count);
        await using var scope = factory.Scope();
        Assert.Equal(3, await factory.Db(scope).Set<ContentItem>().CountAsync(i => i.ContentType == "event" && i.Id.StartsWith("ky-niem-2032-")));
        var list = await editor.GetStringAsync(second.Headers.Location!.OriginalString);
        Assert.Contains("Các ngày kỷ niệm năm 2032 đã có sẵn.", list);
    }

    [Fact]
    public async Task A_year_out_of_range_is_refused_in_vietnamese()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await CreateForAsync(editor, 1800);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Năm phải trong khoảng 2000–2100.", await response.Content.ReadAsStringAsync());
    }
}
