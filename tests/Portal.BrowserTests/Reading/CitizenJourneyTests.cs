using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>A citizen on a phone goes from the home page to a section, reads an article and prints it.</summary>
public sealed class CitizenJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Citizen_goes_from_home_to_a_section_reads_an_article_and_prints_it()
    {
        await using var session = await app.SessionAsync(width: 390, height: 844, bypassCsp: true);
        var page = session.Page;

        await session.GoAsync("/");
        await AssertAccessibleAsync(session, "trang chủ");

        // On a phone the sections sit behind the "Menu" button.
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await navigation.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Tin tức", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == "/tin-tuc");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tin tức");
        await AssertAccessibleAsync(session, "danh sách tin tức");

        var article = page.Locator(".card-list .card :is(h2, h3) a").First;
        var title = (await article.InnerTextAsync()).Trim();
        await article.ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath.StartsWith("/tin-tuc/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await AssertAccessibleAsync(session, "bài viết");

        // The print button opens the browser's print dialog; count the call instead of blocking on a dialog.
        await page.EvaluateAsync("() => { window.printCalls = 0; window.print = () => { window.printCalls++; }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "In bài viết" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printCalls"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
        foreach (var hidden in new[] { ".site-header", ".site-footer", ".article-tools", ".breadcrumbs" })
            await Assertions.Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        await AssertAccessibleAsync(session, "bản in");

        // "Save per article": the print view also saves as a PDF.
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "The print view did not make a PDF");
    }

    private static async Task AssertAccessibleAsync(BrowserSession session, string step)
    {
        var serious = (await Axe.ViolationsAsync(session)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core found serious or critical problems at step \"{step}\" ({session.Page.Url}):\n"
            + string.Join("\n", serious));
    }
}
