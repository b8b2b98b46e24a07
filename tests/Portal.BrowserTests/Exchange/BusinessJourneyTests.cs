using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Exchange;

/// <summary>A business on a phone filters the offers, opens one and sends an expression of interest.</summary>
public sealed class BusinessJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_member_filters_offers_on_a_phone_opens_one_and_sends_interest()
    {
        await using (var scope = app.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        await using var session = await app.SessionAsync(width: 390, height: 844, bypassCsp: true);
        var page = session.Page;
        await session.SignInAsync("member2@test.vn", PortalFactory.Passwords["member2@test.vn"]);

        await session.GoAsync("/san-cong-nghe/chao-ban");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Chào bán");
        await AssertAccessibleAsync(session, "danh sách chào bán");

        await page.GetByRole(AriaRole.Group, new() { Name = "Mức sẵn sàng (TRL)" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).Query.Contains("trl=", StringComparison.Ordinal));
        var offer = page.Locator(".card :is(h2, h3) a").First;
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await AssertAccessibleAsync(session, "danh sách đã lọc");

        await offer.ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath.StartsWith("/san-cong-nghe/cb-", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("noi-bo@test.vn");
        await AssertAccessibleAsync(session, "tin chào bán");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi đề nghị kết nối" }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == "/tai-khoan/quan-tam/moi");
        await AssertAccessibleAsync(session, "biểu mẫu đề nghị");
        await page.GetByLabel("Tổ chức của bạn").FillAsync("Viện Thử nghiệm Nông nghiệp");
        await page.GetByLabel("Mục đích sử dụng").FillAsync("Sấy nông sản cho ba hợp tác xã trong tỉnh, khoảng 2 tấn mỗi ngày.");
        await page.GetByLabel("Ngân sách dự kiến").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Thời gian dự kiến").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        Assert.False(await page.GetByRole(AriaRole.Checkbox).First.IsCheckedAsync(), "The consent must not be pre-ticked");
        await page.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị kết nối" }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath.StartsWith("/tai-khoan/quan-tam/", StringComparison.Ordinal) && !url.EndsWith("/moi", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("Đã gửi đề nghị kết nối");
        await AssertAccessibleAsync(session, "đề nghị đã gửi");
    }

    private static async Task AssertAccessibleAsync(BrowserSession session, string step)
    {
        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core found serious or critical problems at step \"{step}\" ({session.Page.Url}):\n"
            + string.Join("\n", serious));
    }
}
