using System.Net;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Admin;

public sealed class HistoryPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> ItemWithTwoVersionsAsync(string title)
    {
        var (id, _) = await factory.PublishedAsync("news", title, body: "Đoạn giữ nguyên.\n\nĐoạn cũ sẽ bị bỏ.");
        await factory.RunAsync(id, (m, s) => m.SaveDraftAsync(id, s,
            new ContentDraft(title, null, "Tóm tắt " + title, "Đoạn giữ nguyên.\n\nĐoạn mới được thêm."), TestContent.Editor));
        return id;
    }

    [Fact]
    public async Task History_page_shows_versions_the_diff_and_the_audit_trail_to_an_editor()
    {
        var id = await ItemWithTwoVersionsAsync("Bài có lịch sử sửa");
        var editor = await factory.SignedInAsync("editor@test.vn");

        var response = await editor.GetAsync($"/admin/noi-dung/{id}/lich-su");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lịch sử: Bài có lịch sử sửa", html);
        Assert.Contains("Khác biệt giữa bản 1 và bản 2", html);
        Assert.Contains("<del><span class=\"visually-hidden\">Bỏ: </span>Đoạn cũ sẽ bị bỏ.</del>", html);
        Assert.Contains("<ins><span class=\"visually-hidden\">Thêm: </span>Đoạn mới được thêm.</ins>", html);
        Assert.Contains("<div>Đoạn giữ nguyên.</div>", html);
        Assert.Contains("đang đăng", html);
        Assert.Contains("Khôi phục bản 1", html);
        Assert.Contains("Biên tập viên – đăng (bản 1)", html);
        Assert.Contains("Biên tập viên – lưu (bản 2)", html);
    }

    [Fact]
    public async Task History_page_compares_the_versions_asked_for()
    {
        var id = await ItemWithTwoVersionsAsync("Bài so sánh ngược");
        var editor = await factory.SignedInAsync("editor@test.vn");

        var html = await editor.GetStringAsync($"/admin/noi-dung/{id}/lich-su?tu=2&den=1");

        Assert.Contains("Khác biệt giữa bản 2 và bản 1", html);
        Assert.Contains("<ins><span class=\"visually-hidden\">Thêm: </span>Đoạn cũ sẽ bị bỏ.</ins>", html);
    }

    [Fact]
    public async Task History_page_refuses_anonymous_visitors_and_answers_404_for_an_unknown_item()
    {
        var (id, _) = await factory.CreateAsync("news", "Bài lịch sử kín");
        var anonymous = await factory.Anonymous().GetAsync($"/admin/noi-dung/{id}/lich-su");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/dang-nhap", anonymous.Headers.Location!.OriginalString);

        var editor = await factory.SignedInAsync("editor@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/noi-dung/khong-co-muc-nay/lich-su")).StatusCode);
    }
}
