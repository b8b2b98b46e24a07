using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Editorial;

/// <summary>The content editor as an editor-in-chief uses it: pickers by name, refusals in view, upload from the picker.</summary>
public sealed class EditorFormTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private async Task<BrowserSession> ChiefOnCreateScreenAsync()
    {
        var session = await app.SessionAsync(bypassCsp: true);
        await session.SignInAsync("chief@test.vn", PortalFactory.Passwords["chief@test.vn"]);
        await session.GoAsync("/admin/noi-dung/tao/news");
        return session;
    }

    private static async Task AssertNoSeriousViolationsAsync(BrowserSession session)
    {
        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core found on {session.Page.Url}:\n" + string.Join("\n", serious));
    }

    [Fact]
    public async Task Chief_ticks_a_field_found_without_diacritics_and_publishes_from_the_create_screen()
    {
        await using var session = await ChiefOnCreateScreenAsync();
        var page = session.Page;
        await AssertNoSeriousViolationsAsync(session);
        var title = "Tin đăng ngay có lĩnh vực " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Tiêu đề").FillAsync(title);

        await page.GetByLabel("Lọc theo tên").FillAsync("duoc");
        await Assertions.Expect(page.GetByLabel("Khoa học tự nhiên")).ToBeHiddenAsync();
        await page.GetByLabel("Lọc theo tên").PressAsync("Enter"); // to the first match, without submitting
        await Assertions.Expect(page.GetByLabel("Khoa học y, dược")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ngay" }).ClickAsync();

        await page.WaitForPageAsync(url => !url.Contains("/tao/"));
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Đã đăng.");
        await Assertions.Expect(page.GetByLabel("Khoa học y, dược")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Khoa học tự nhiên")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task Scheduling_in_the_past_moves_focus_to_the_message()
    {
        await using var session = await ChiefOnCreateScreenAsync();
        var page = session.Page;
        await page.GetByLabel("Tiêu đề").FillAsync("Hẹn giờ vào quá khứ " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Hẹn giờ đăng").FillAsync("2020-01-01T08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hẹn giờ đăng" }).ClickAsync();

        await Assertions.Expect(page.Locator("#form-errors")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Thời điểm hẹn đăng phải ở tương lai.");
        await Assertions.Expect(page.GetByLabel("Hẹn giờ đăng")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertNoSeriousViolationsAsync(session);
    }

    [Fact]
    public async Task Cover_uploaded_from_the_picker_shows_as_a_picture_not_an_id()
    {
        await using var session = await ChiefOnCreateScreenAsync();
        var page = session.Page;
        var picture = await page.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = 320, Height = 240 } });

        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn từ thư viện" }).ClickAsync();
        await page.GetByLabel("Tệp", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "anh-bia.png", MimeType = "image/png", Buffer = picture });
        await page.GetByLabel("Mô tả ảnh (bắt buộc với ảnh)").FillAsync("Ảnh bìa tải từ bộ chọn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và chọn" }).ClickAsync();

        var chosen = page.Locator("#field-coverMediaId-chosen");
        await Assertions.Expect(chosen.Locator("img")).ToBeVisibleAsync();
        await Assertions.Expect(chosen).ToContainTextAsync("anh-bia.png");
        await Assertions.Expect(page.Locator("#field-coverMediaId")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#field-coverMediaId")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{32}$"));
        await Assertions.Expect(page.Locator("#media-picker")).Not.ToBeVisibleAsync();
    }
}
