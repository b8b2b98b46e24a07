using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Modules.Experts.Consultations;
using Portal.Modules.Search;
using Portal.Tests.Experts;

namespace Portal.BrowserTests.Experts;

/// <summary>
/// A visitor on a phone finds an expert by a name typed without marks and with a typo, and sends the expert a
/// question confirmed through the mailed link.
/// </summary>
public sealed class VisitorFindsExpertTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task A_visitor_on_a_phone_finds_an_expert_typed_without_marks_and_sends_a_confirmed_question()
    {
        var token = Token();
        var expert = await ConsultationTestData.AskableAsync(app, $"Nguyễn Văn Thưởng {token}");
        await using (var scope = app.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        await using var session = await app.SessionAsync(width: PhoneWidth, height: 844, bypassCsp: true, phone: true);
        var page = session.Page;

        await session.GoAsync("/chuyen-gia");
        var query = $"ngyen van thuong {token.ToLowerInvariant()}";
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Tìm chuyên gia" });
        await search.GetByLabel("Tên, chuyên môn, từ khóa").FillAsync(query);
        await search.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).TapAsync();
        await page.WaitForPageAsync(url => new Uri(url).Query.Contains("q=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToContainTextAsync($"Không có chuyên gia nào cho „{query}”. Đang hiện kết quả cho");
        var found = page.Locator(".expert-cards").GetByRole(AriaRole.Link, new() { Name = $"Nguyễn Văn Thưởng {token}" });
        await Assertions.Expect(found).ToBeVisibleAsync();
        await AssertPhoneReadyAsync(session, "kết quả tìm chuyên gia");

        await found.TapAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == expert.Page);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(token);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(expert.Email);
        await AssertPhoneReadyAsync(session, "hồ sơ chuyên gia");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đặt câu hỏi cho chuyên gia" }).TapAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == ConsultationPaths.Ask(expert.Slug));
        await AssertPhoneReadyAsync(session, "biểu mẫu câu hỏi");
        var email = ConsultationTestData.Email();
        var topic = ConsultationTestData.Topic();
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Trần Thị Hỏi");
        await page.GetByLabel("Địa chỉ thư điện tử", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Chủ đề", new() { Exact = true }).FillAsync(topic);
        await page.GetByLabel("Nội dung câu hỏi", new() { Exact = true }).FillAsync(ConsultationTestData.Question);
        var consent = page.GetByRole(AriaRole.Checkbox, new() { Name = ConsultationTexts.Consent });
        Assert.False(await consent.IsCheckedAsync(), "The consent must not be pre-ticked");
        await consent.TapAsync();
        Assert.True(await consent.IsCheckedAsync(), "Tapping the consent's box must tick it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).TapAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToHaveTextAsync(ConsultationTexts.CheckMail);
        Assert.Empty(await ConsultationTestData.MailAsync(app, expert.Email));

        var confirmMail = Assert.Single(await ConsultationTestData.MailAsync(app, email));
        Assert.Equal(ConsultationTexts.ConfirmSubject, confirmMail.Subject);
        await session.GoAsync(ConsultationTestData.Link(confirmMail, ConsultationPaths.Confirm));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(topic);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).TapAsync();
        await Assertions.Expect(page.Locator("[role=status]").First).ToHaveTextAsync(ConsultationTexts.Confirmed);
        await AssertPhoneReadyAsync(session, "đã xác nhận");

        var expertMail = Assert.Single(await ConsultationTestData.MailAsync(app, expert.Email));
        Assert.Equal(ConsultationTexts.ExpertSubject(topic), expertMail.Subject);
        Assert.Contains(ConsultationTestData.Question, expertMail.TextBody);
        Assert.Contains($"Thư điện tử người hỏi: {email}", expertMail.TextBody);
        Assert.Contains(ConsultationPaths.Answer, expertMail.TextBody);
    }

    // A made-up rare word, so the search finds this test's expert only and the typo has one nearest word.
    private static string Token() => "Kh" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(c => (char)('a' + (c - 'a') % 26)));

    /// <summary>No serious axe finding, and nothing wider than the phone's screen.</summary>
    private static async Task AssertPhoneReadyAsync(BrowserSession session, string step)
    {
        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core found serious or critical problems at step \"{step}\" ({session.Page.Url}):\n"
            + string.Join("\n", serious));
        var scrollWidth = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= PhoneWidth, $"Step \"{step}\" ({session.Page.Url}) scrolls sideways: {scrollWidth} px wide on a {PhoneWidth} px phone");
    }
}
