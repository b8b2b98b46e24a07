using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Editorial;

/// <summary>
/// An editor-in-chief pastes this month's plan, corrects a cell on the review screen, confirms, and finds the
/// month's items on the editorial calendar; axe finds nothing serious on any of the screens.
/// </summary>
public sealed class PlanImportCalendarTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_editor_imports_a_plan_corrects_a_cell_confirms_and_sees_the_months_items_on_the_calendar()
    {
        var token = "Kh" + Guid.NewGuid().ToString("N")[..6];
        var (year, month) = (app.Clock.VietnamNow.Year, app.Clock.VietnamNow.Month);
        var text = string.Join("\n",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "\tĐộc lập - Tự do - Hạnh phúc",
            $"Số: 77/KH-KHCN\tQuảng Nam, ngày 02 tháng {month:00} năm {year}",
            "KẾ HOẠCH",
            $"Thông tin, tuyên truyền khoa học và công nghệ tháng {month} năm {year} {token}",
            "I. NỘI DUNG",
            "TT\tNội dung\tThời gian thực hiện\tNgười thực hiện\tKinh phí (đồng)",
            $"1\tChuyên trang khoa học {token} trên Báo Quảng Nam\tTháng {month}\tNguyễn Văn An\t4.000.000",
            $"2\tPhóng sự truyền hình về nông nghiệp {token}\tTháng {month}\tTrần Thị Bình\t6.000.000",
            "\tTổng cộng\t\t\t10.000.000",
            "Nơi nhận:\tGIÁM ĐỐC",
            "- Lưu: VT.\tLê Văn Ký");

        await using var editor = await app.SessionAsync(bypassCsp: true);
        var page = editor.Page;
        await editor.SignInAsync("chief@test.vn", PortalFactory.Passwords["chief@test.vn"]);
        await editor.GoAsync("/admin/ke-hoach/nhap");
        await AssertAccessibleAsync(editor, "nhập kế hoạch");
        await page.GetByLabel("Văn bản kế hoạch").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc kế hoạch" }).ClickAsync();

        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("2 mục việc");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Chưa có gì được lưu");
        await AssertAccessibleAsync(editor, "xem lại");
        var owner = page.Locator("input[aria-label^='Người phụ trách, dòng']").First;
        await Assertions.Expect(owner).ToHaveValueAsync("Nguyễn Văn An");
        await owner.FillAsync("Nguyễn Văn Ân");
        await page.GetByLabel("Công bố ngay trên trang công khai").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/nhap", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đã lưu");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nguyễn Văn Ân");

        await editor.GoAsync("/admin/lich");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync($"Chuyên trang khoa học {token}");
        await Assertions.Expect(main).ToContainTextAsync($"Phóng sự truyền hình về nông nghiệp {token}");
        await Assertions.Expect(main).ToContainTextAsync("Nguyễn Văn Ân");
        await AssertAccessibleAsync(editor, "lịch biên tập");
    }

    private static async Task AssertAccessibleAsync(BrowserSession session, string step)
    {
        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core found serious or critical problems at step \"{step}\" ({session.Page.Url}):\n" + string.Join("\n", serious));
    }
}
