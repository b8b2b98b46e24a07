using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Sections;

/// <summary>
/// A scheduled item and a withdrawn one stay out of every public surface, for several types. Each case also
/// publishes a twin, so a surface that would never list the type cannot make the absence pass by accident.
/// </summary>
public sealed class HiddenItemsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Type, section prefix, and the fields each of its items gets ({today} and {year}: the app clock's, in Vietnam).</summary>
    public static TheoryData<string, string, string> Types => new()
    {
        { "news", "/tin-tuc", """{"categories":["so-huu-tri-tue"],"tags":["Ẩn hiện"]}""" },
        { "clip", "/video", """{"externalUrl":"https://www.youtube.com/watch?v=abcdefghijk","duration":95}""" },
        { "event", "/su-kien", """{"start":"{in2days}T08:00","place":"Hội trường tỉnh"}""" },
        { "bulletin", "/ban-tin", """{"number":9,"year":{year},"issueDate":"{today}"}""" },
    };

    /// <summary>Where a published item of the type is listed (true) or where none is, but a hidden one must not slip in (false).</summary>
    private IEnumerable<(string Url, bool ListsType)> Surfaces(string type, string prefix)
    {
        yield return ("/", true);
        yield return (prefix, true);
        yield return ("/so-do-trang", false);
        yield return ("/sitemap.xml", true);
        yield return ("/rss", true);
        yield return ("/rss" + prefix, true);
        yield return ("/su-kien/lich.ics", type == "event");
        if (type == "news")
        {
            yield return ("/tin-tuc/chuyen-de/so-huu-tri-tue", true);
            yield return ("/tin-tuc/the/an-hien", true);
            yield return ($"/tin-tuc/luu-tru/{factory.Clock.VietnamNow.Year}/{factory.Clock.VietnamNow.Month}", true);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Scheduled_and_withdrawn_items_are_absent_everywhere_and_their_pages_answer_404(string type, string prefix, string fields)
    {
        var today = factory.Clock.VietnamNow;
        fields = fields.Replace("{in2days}", today.AddDays(2).ToString("yyyy-MM-dd")).Replace("{today}", today.ToString("yyyy-MM-dd")).Replace("{year}", today.Year.ToString());
        var token = Guid.NewGuid().ToString("N")[..10];
        var shown = await factory.PublishedAsync(type, $"Hiển thị {type} {token} {token}a", fields);
        var scheduled = await factory.CreateAsync(type, $"Hẹn giờ {type} {token} {token}b", fields);
        await factory.RunAsync(scheduled.Id, (m, s) => m.ScheduleAsync(scheduled.Id, s, factory.Clock.UtcNow.AddDays(1), TestContent.Editor));
        var withdrawn = await factory.PublishedAsync(type, $"Đã gỡ {type} {token} {token}c", fields);
        await factory.RunAsync(withdrawn.Id, (m, s) => m.UnpublishAsync(withdrawn.Id, s, TestContent.Editor));
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();

        var client = factory.Anonymous();
        foreach (var (url, listsType) in Surfaces(type, prefix).Append(($"/api/search?q={token}", true)))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            // Feeds fold long lines (.ics); unfolded, a token cannot hide across a line break.
            var body = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "");
            if (listsType)
                Assert.True(body.Contains(token + "a"), $"{url} does not list the published {type}, so it proves nothing");
            Assert.False(body.Contains(token + "b"), $"{url} shows the scheduled {type}");
            Assert.False(body.Contains(token + "c"), $"{url} shows the withdrawn {type}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{prefix}/{shown.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{prefix}/{scheduled.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{prefix}/{withdrawn.Slug}")).StatusCode);
        if (type == "event")
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/su-kien/{scheduled.Slug}.ics")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/su-kien/{withdrawn.Slug}.ics")).StatusCode);
        }
    }
}
