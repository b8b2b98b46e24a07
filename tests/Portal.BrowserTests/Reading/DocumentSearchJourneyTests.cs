using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>A citizen on a phone looks up a document by its number on /van-ban and reads it as a card.</summary>
public sealed class DocumentSearchJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Citizen_on_a_phone_finds_a_document_by_its_number_and_sees_it_as_a_card()
    {
        await using var session = await app.SessionAsync(width: 390, height: 844, bypassCsp: true);
        var page = session.Page;
        await session.GoAsync("/van-ban");

        // The test recipe's plan, typed the way people copy it from a letter: lower case.
        await page.GetByLabel("Số, ký hiệu hoặc trích yếu").FillAsync("31/kh-khcn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm văn bản" }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).Query.Contains("q=31", StringComparison.Ordinal));

        var row = page.Locator("table.documents tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch tuyên truyền khoa học và công nghệ năm 2024" })).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".doc-number")).ToContainTextAsync("31/KH-KHCN");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Tải văn bản số 31/KH-KHCN" })).ToBeVisibleAsync();

        // A card: the row is a block as wide as the list, its title on top, and no column header squeezed into syllables.
        Assert.Equal("flex", await row.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        var card = (await row.BoundingBoxAsync())!;
        var list = (await page.Locator("table.documents").BoundingBoxAsync())!;
        Assert.True(card.Width >= list.Width - 1, $"The card is {card.Width} px wide in a {list.Width} px list");
        var title = (await row.Locator(".doc-title").BoundingBoxAsync())!;
        var number = (await row.Locator(".doc-number").BoundingBoxAsync())!;
        Assert.True(title.Y < number.Y, "The title should open the card");
        Assert.True((await page.Locator("table.documents thead").BoundingBoxAsync())!.Height <= 1, "The column headers should be visually hidden");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));

        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, "axe-core found serious or critical problems on /van-ban:\n" + string.Join("\n", serious));
    }
}
