using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>The phone menu with the keyboard, and the language switch between an article and its translation.</summary>
public sealed class SiteChromeJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Phone_menu_opens_and_closes_with_the_keyboard_and_reports_its_state()
    {
        await using var session = await app.SessionAsync(width: 360, height: 740, phone: true);
        var page = session.Page;
        await session.GoAsync("/tin-tuc");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var button = navigation.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var sections = navigation.GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true });
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-controls", "menu-chinh");
        await Assertions.Expect(sections).ToBeHiddenAsync();

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(sections).ToBeVisibleAsync();

        // Tab moves into the open list; Escape closes it and gives focus back to the button.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("menu-chinh", await page.EvaluateAsync<string>("() => document.activeElement.closest('ul')?.id ?? ''"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(button).ToBeFocusedAsync();
        await Assertions.Expect(sections).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Phone_menu_opens_without_script()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tin-tuc");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var sections = navigation.GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true });
        await Assertions.Expect(sections).ToBeHiddenAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(sections).ToBeVisibleAsync();
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Đóng menu" }).ClickAsync();
        await Assertions.Expect(sections).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Wide_screens_show_the_menu_without_a_toggle()
    {
        await using var session = await app.SessionAsync();
        await session.GoAsync("/");
        var navigation = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Văn bản", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(navigation.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Language_switch_goes_between_an_article_and_its_translation()
    {
        await using var session = await app.SessionAsync();
        var page = session.Page;
        await session.GoAsync("/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == "/en/news/innovation-to-speed-up-recovery");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Innovation to speed up recovery");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => new Uri(url).AbsolutePath == "/tin-tuc/doi-moi-sang-tao-day-nhanh-phuc-hoi");
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(session.Problems);
    }
}
