using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>Every section's item page says when it was last updated and links other items of the section.</summary>
public sealed class SectionDetailsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Soon => DateTime.UtcNow.AddHours(7).AddDays(20).ToString("yyyy-MM-dd");

    public static TheoryData<string, string, string, string> Types => new()
    {
        { "clip", "/video", "Video khác", """{"duration":60}""" },
        { "event", "/su-kien", "Sự kiện khác", $$"""{"start":"{{Soon}}T08:00"}""" },
        { "document", "/van-ban", "Văn bản khác", """{"number":"12/TB-KHCN","kind":"thong-bao","issuer":"Sở Khoa học và Công nghệ","issuedDate":"2024-05-02"}""" },
        { "publication", "/an-pham", "Ấn phẩm khác", """{"publishedYear":2024}""" },
        { "bulletin", "/ban-tin", "Các số bản tin khác", """{"number":5,"year":2024,"issueDate":"2024-05-30"}""" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Item_page_shows_its_update_date_and_related_items_of_its_section(string type, string prefix, string heading, string fields)
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        await factory.PublishedAsync(type, $"Mục liên quan {type} {token}", fields);
        var (_, slug) = await factory.PublishedAsync(type, $"Mục đang xem {type} {token}", fields);

        var html = await factory.Anonymous().GetStringAsync($"{prefix}/{slug}");

        var today = DateTime.UtcNow.AddHours(7);
        Assert.Contains($"Cập nhật ngày <time datetime=\"{today:yyyy-MM-dd}", html);
        var related = html.IndexOf($"<h2 id=\"related-title\">{heading}</h2>", StringComparison.Ordinal);
        Assert.True(related > 0, $"{prefix}/{slug} has no “{heading}” block");
        Assert.Contains($"Mục liên quan {type} {token}", html[related..]);
        Assert.DoesNotContain($"Mục đang xem {type} {token}</a>", html[related..]); // never itself
    }
}
