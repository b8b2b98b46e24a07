using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Editorial;

public sealed class EditorialWorkflowTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Article_written_by_editor_and_approved_by_chief_appears_to_visitors()
    {
        var title = "Hội thảo chuyển giao công nghệ sấy nông sản " + Guid.NewGuid().ToString("N")[..6];

        await using (var editor = await app.SessionAsync())
        {
            await editor.SignInAsync("editor@test.vn", PortalFactory.Passwords["editor@test.vn"]);
            await editor.GoAsync("/admin/noi-dung/tao/news");
            await editor.Page.GetByLabel("Tiêu đề").FillAsync(title);
            await editor.Page.GetByLabel("Nội dung (Markdown)").FillAsync("Sở tổ chức hội thảo về **công nghệ sấy** cho hợp tác xã.");
            await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
            await editor.Page.WaitForPageAsync(url => !url.Contains("/tao/"));
            await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
            await Assertions.Expect(editor.Page.Locator(".badge", new() { HasText = "Chờ duyệt" })).ToBeVisibleAsync();
        }

        await using (var chief = await app.SessionAsync())
        {
            await chief.SignInAsync("chief@test.vn", PortalFactory.Passwords["chief@test.vn"]);
            await chief.GoAsync("/admin/noi-dung");
            await chief.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(chief.Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
            await chief.Page.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng ngay" }).ClickAsync();
            await Assertions.Expect(chief.Page.GetByRole(AriaRole.Link, new() { Name = "Xem bản đã đăng" })).ToBeVisibleAsync();
        }

        await using var visitor = await app.SessionAsync();
        await visitor.GoAsync("/");
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Page.Locator(".prose strong")).ToHaveTextAsync("công nghệ sấy");
    }
}
