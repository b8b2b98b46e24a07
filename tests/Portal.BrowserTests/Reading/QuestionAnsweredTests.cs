using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Modules.Questions;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>A visitor sends a question, a moderator answers and publishes it, and the visitor finds it in Hỏi – đáp.</summary>
public sealed class QuestionAnsweredTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_question_sent_by_a_visitor_is_answered_published_and_read()
    {
        var title = "Đăng ký nhãn hiệu cho gạo " + Guid.NewGuid().ToString("N")[..6];
        const string answer = "Hồ sơ gồm tờ khai, mẫu nhãn hiệu và danh mục sản phẩm.";

        await using (var visitor = await app.SessionAsync(width: 390, height: 844, phone: true))
        {
            await visitor.GoAsync(QuestionPaths.Ask);
            var page = visitor.Page;
            await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Lê Thị Mai");
            await page.GetByLabel("Địa chỉ thư điện tử", new() { Exact = true }).FillAsync($"mai-{Guid.NewGuid():N}@vidu.vn");
            await page.GetByLabel("Lĩnh vực", new() { Exact = true }).SelectOptionAsync("so-huu-tri-tue");
            await page.GetByLabel("Tiêu đề câu hỏi", new() { Exact = true }).FillAsync(title);
            await page.GetByLabel("Nội dung câu hỏi", new() { Exact = true }).FillAsync("Hợp tác xã cần chuẩn bị hồ sơ gì để đăng ký nhãn hiệu cho gạo?");
            var consent = page.GetByRole(AriaRole.Checkbox, new() { Name = QuestionTexts.QuestionConsent + " (bắt buộc)" });
            Assert.False(await consent.IsCheckedAsync(), "The consent must not be pre-ticked");
            await consent.CheckAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = QuestionTexts.PublishConsent + " (không bắt buộc)" }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
            await Assertions.Expect(page.Locator("[role=status]").First).ToHaveTextAsync(QuestionTexts.QuestionSent);
        }

        await using (var moderator = await app.SessionAsync())
        {
            await moderator.SignInAsync("moderator@test.vn", PortalFactory.Passwords["moderator@test.vn"]);
            await moderator.GoAsync(QuestionPaths.Admin);
            await moderator.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await moderator.Page.GetByLabel("Câu trả lời").FillAsync(answer);
            await moderator.Page.GetByRole(AriaRole.Button, new() { Name = "Trả lời và đăng" }).ClickAsync();
            await Assertions.Expect(moderator.Page.Locator("[role=status]").First).ToContainTextAsync("Đã đăng câu hỏi");
        }

        await using var reader = await app.SessionAsync();
        await reader.GoAsync(QuestionPaths.Public);
        await reader.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(reader.Page.Locator("article")).ToContainTextAsync(answer);
        await Assertions.Expect(reader.Page.Locator("article")).ToContainTextAsync("Người hỏi: Bạn đọc");
        await Assertions.Expect(reader.Page.Locator("main")).Not.ToContainTextAsync("Lê Thị Mai");
    }
}
