using System.Net;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Tests.Accounts;

/// <summary>The admin menu is what the modules registered, narrowed to the entries the signed-in role may open.</summary>
public sealed class AdminMenuTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Everything =
        ["Bảng điều khiển", "Nội dung", "Thư viện", "Danh mục", "Sàn công nghệ", "Chuyên gia", "Hỏi – đáp", "Kế hoạch", "Lịch biên tập", "Ngày kỷ niệm", "Người dùng", "Cài đặt", "Tìm kiếm", "Tác vụ định kỳ", "Nhật ký quản trị"];

    public static TheoryData<string, string, string[]> MenuPerRole => new()
    {
        { PortalFactory.AdminEmail, Roles.Administrator, Everything },
        { "chief@test.vn", Roles.EditorInChief, ["Bảng điều khiển", "Nội dung", "Thư viện", "Danh mục", "Hỏi – đáp", "Kế hoạch", "Lịch biên tập", "Ngày kỷ niệm"] },
        { "editor@test.vn", Roles.Editor, ["Bảng điều khiển", "Nội dung", "Thư viện", "Lịch biên tập"] },
        { "moderator@test.vn", Roles.Moderator, ["Bảng điều khiển", "Sàn công nghệ", "Chuyên gia", "Hỏi – đáp"] },
    };

    [Theory]
    [MemberData(nameof(MenuPerRole))]
    public async Task Each_role_sees_exactly_its_menu_entries_in_order(string email, string role, string[] expected)
    {
        var client = await factory.SignedInAsync(email);

        var shown = MenuLinks(await client.GetStringAsync("/admin"));

        Assert.True(expected.SequenceEqual(shown.Select(l => l.Text)), $"{role} saw: {string.Join(", ", shown.Select(l => l.Text))}");
    }

    [Theory]
    [MemberData(nameof(MenuPerRole))]
    public async Task Each_role_can_open_every_entry_it_sees(string email, string role, string[] expected)
    {
        var client = await factory.SignedInAsync(email);
        var links = MenuLinks(await client.GetStringAsync("/admin"));
        var wrong = new List<string>();
        foreach (var (text, href, _) in links)
        {
            var status = (await client.GetAsync(href)).StatusCode;
            if (status != HttpStatusCode.OK)
                wrong.Add($"{text} ({href}) answered {(int)status}");
        }
        Assert.Equal(expected.Length, links.Count);
        Assert.True(wrong.Count == 0, $"{role}: " + string.Join("; ", wrong));
    }

    [Theory]
    [InlineData("/admin", "Bảng điều khiển")]
    [InlineData("/admin/noi-dung", "Nội dung")]
    [InlineData("/admin/su-kien/ngay-ky-niem", "Ngày kỷ niệm")]
    [InlineData("/admin/nhat-ky", "Nhật ký quản trị")]
    public async Task Only_the_entry_of_the_current_page_is_marked_current(string url, string current)
    {
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);

        var links = MenuLinks(await client.GetStringAsync(url));

        Assert.Equal([current], links.Where(l => l.Current).Select(l => l.Text));
    }

    private static IReadOnlyList<(string Text, string Href, bool Current)> MenuLinks(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("nav.admin-nav a")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href") ?? "", a.GetAttribute("aria-current") == "page"))
            .ToList();
    }
}
