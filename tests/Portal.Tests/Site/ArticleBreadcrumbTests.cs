using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>On a detail page the breadcrumb stops at the section, so on a phone the title is the first thing under it.</summary>
public sealed partial class ArticleBreadcrumbTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string, string> Types => new()
    {
        { "news", "/tin-tuc", "Tin tức", "{}" },
        { "event", "/su-kien", "Sự kiện", """{"start":"2030-01-02T08:00"}""" },
        { "publication", "/an-pham", "Ấn phẩm", """{"publishedYear":2024}""" },
        { "document", "/van-ban", "Văn bản", """{"number":"3/TB-BC","kind":"thong-bao","issuer":"Sở","issuedDate":"2024-05-02","fileMediaId":"7d1c0000000000000000000000000005"}""" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Breadcrumb_of_a_detail_page_is_home_and_the_section(string type, string prefix, string section, string fields)
    {
        var title = $"Tiêu đề rất dài của một mục thử để xem đường dẫn {Guid.NewGuid().ToString("N")[..6]}";
        var (_, slug) = await factory.PublishedAsync(type, title, fields);

        var html = await factory.Anonymous().GetStringAsync($"{prefix}/{slug}");

        var crumbs = Breadcrumbs().Match(html);
        Assert.True(crumbs.Success, "no breadcrumb");
        Assert.Equal($"""<ol><li><a href="/">Trang chủ</a></li><li><a href="{prefix}">{section}</a></li></ol>""", crumbs.Groups[1].Value);
        Assert.Contains($"<h1>{title}</h1>", html);
    }

    [GeneratedRegex("""<nav aria-label="Đường dẫn" class="breadcrumbs">(.*?)</nav>""", RegexOptions.Singleline)]
    private static partial Regex Breadcrumbs();
}
