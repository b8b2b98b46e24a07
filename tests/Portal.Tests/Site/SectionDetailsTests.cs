using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>Every section's item page says when it was last edited (never for a first publication) and links other items of the section.</summary>
public sealed partial class SectionDetailsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string, string> Types => new()
    {
        { "clip", "/video", "Video khác", """{"externalUrl":"https://vimeo.com/76979871","duration":60}""" },
        { "event", "/su-kien", "Sự kiện khác", """{"start":"{soon}T08:00"}""" },
        { "document", "/van-ban", "Văn bản khác", """{"number":"12/TB-KHCN","kind":"thong-bao","issuer":"Sở Khoa học và Công nghệ","issuedDate":"2024-05-02","fileMediaId":"7d1c0000000000000000000000000005"}""" },
        { "publication", "/an-pham", "Ấn phẩm khác", """{"publishedYear":2024}""" },
        { "bulletin", "/ban-tin", "Các số bản tin khác", """{"number":5,"year":2024,"issueDate":"2024-05-30"}""" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Item_page_shows_its_update_date_and_related_items_of_its_section(string type, string prefix, string heading, string fields)
    {
        fields = fields.Replace("{soon}", factory.Clock.VietnamNow.AddDays(20).ToString("yyyy-MM-dd"));
        var token = Guid.NewGuid().ToString("N")[..8];
        await factory.PublishedAsync(type, $"Mục liên quan {type} {token}", fields);
        var (id, slug) = await factory.PublishedAsync(type, $"Mục đang xem {type} {token}", fields);
        Assert.DoesNotMatch(UpdatedPattern(), await factory.Anonymous().GetStringAsync($"{prefix}/{slug}"));

        await factory.RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft($"Mục đang xem {type} {token}", slug, "Tóm tắt đã sửa", "Nội dung đã sửa.", fields), TestContent.Editor));
        await factory.RunAsync(id, (m, s) => m.PublishAsync(id, s, TestContent.Editor));
        await PublishChangeAsync();
        var html = await factory.Anonymous().GetStringAsync($"{prefix}/{slug}");

        // The visible date is the day in Vietnam; the attribute is the same moment as a UTC instant.
        var updated = UpdatedPattern().Match(html);
        Assert.True(updated.Success, $"{prefix}/{slug} does not say when it was updated");
        var instant = DateTime.ParseExact(updated.Groups[1].Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.InRange(instant, factory.Clock.UtcNow.AddMinutes(-5), factory.Clock.UtcNow);
        var day = instant.AddHours(7);
        Assert.Equal($"ngày {day:dd} tháng {day.Month} năm {day.Year}", updated.Groups[2].Value);
        var related = html.IndexOf($"<h2 id=\"related-title\">{heading}</h2>", StringComparison.Ordinal);
        Assert.True(related > 0, $"{prefix}/{slug} has no “{heading}” block");
        Assert.Contains($"Mục liên quan {type} {token}", html[related..]);
        Assert.DoesNotContain($"Mục đang xem {type} {token}</a>", html[related..]); // never itself
    }

    [Fact]
    public async Task An_agency_page_says_when_it_was_updated_only_after_an_edit()
    {
        var title = $"Trang giới thiệu thử {Guid.NewGuid():N}";
        var (id, slug) = await factory.PublishedAsync("page", title);
        Assert.DoesNotMatch(UpdatedPattern(), await factory.Anonymous().GetStringAsync($"/{slug}"));

        await factory.RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft(title, slug, "Tóm tắt đã sửa", "Nội dung đã sửa.", "{}"), TestContent.Editor));
        await factory.RunAsync(id, (m, s) => m.PublishAsync(id, s, TestContent.Editor));
        await PublishChangeAsync();

        var updated = UpdatedPattern().Match(await factory.Anonymous().GetStringAsync($"/{slug}"));
        Assert.True(updated.Success, "the edited page does not say when it was updated");
        Assert.StartsWith("ngày ", updated.Groups[2].Value);
    }

    /// <summary>Evicts the cached pages the new version changed, as the change-feed poller would.</summary>
    private async Task PublishChangeAsync()
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
    }

    [GeneratedRegex("Cập nhật <time datetime=\"([^\"]+)\">([^<]+)</time>")]
    private static partial Regex UpdatedPattern();
}
