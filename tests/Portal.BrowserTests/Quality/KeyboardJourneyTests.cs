using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>Key flows done with the keyboard alone, with a visible focus indicator at every step.</summary>
public sealed class KeyboardJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    // Describes the focused element, and whether a focus indicator (outline or box-shadow) is drawn on it.
    private const string FocusState = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { name: '(nothing)', href: '', visible: false };
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.getAttribute('name') || '').trim().slice(0, 40) + '"';
          return { name, href: e.getAttribute('href') || '', visible: outline || shadow };
        }
        """;

    private sealed class Focus
    {
        public string Name { get; set; } = "";
        public string Href { get; set; } = "";
        public bool Visible { get; set; }
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        await using var session = await app.SessionAsync();
        await session.GoAsync("/");

        var first = await TabAsync(session.Page);
        Assert.Contains("skip-link", await session.Page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.Equal("#noi-dung", first.Href);

        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("noi-dung", await session.Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Visitor_reads_an_article_with_the_keyboard_alone()
    {
        await using var session = await app.SessionAsync();
        await session.GoAsync("/");

        var steps = new List<string>();
        var focus = await TabAsync(session.Page);
        for (var i = 0; i < 40 && !focus.Href.StartsWith("/tin-tuc/", StringComparison.Ordinal); i++)
        {
            steps.Add(focus.Name);
            focus = await TabAsync(session.Page);
        }
        Assert.True(focus.Href.StartsWith("/tin-tuc/", StringComparison.Ordinal), "No article link reached by Tab; stops: " + string.Join(", ", steps));

        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForPageAsync(url => url.EndsWith(focus.Href, StringComparison.Ordinal));
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.Contains((await session.Page.Locator("h1").InnerTextAsync()).Trim(), focus.Name);
    }

    [Fact]
    public async Task Editor_signs_in_with_the_keyboard_alone()
    {
        await using var session = await app.SessionAsync();
        await session.GoAsync("/dang-nhap?returnUrl=%2Fadmin");

        await TabUntilAsync(session.Page, "input#Input_Email");
        await session.Page.Keyboard.TypeAsync("editor@test.vn");
        await TabUntilAsync(session.Page, "input#Input_Password");
        await session.Page.Keyboard.TypeAsync(PortalFactory.Passwords["editor@test.vn"]);
        await session.Page.Keyboard.PressAsync("Enter");

        await session.Page.WaitForPageAsync(url => url.EndsWith("/admin", StringComparison.Ordinal));
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Visitor_searches_without_diacritics_and_opens_a_result_with_the_keyboard_alone()
    {
        await using var session = await app.SessionAsync();
        await session.GoAsync("/");

        await TabUntilAsync(session.Page, "input[type=search]");
        await session.Page.Keyboard.TypeAsync("doi moi sang tao");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForPageAsync(url => url.Contains("/tim-kiem", StringComparison.Ordinal));

        var focus = await TabAsync(session.Page);
        for (var i = 0; i < 60 && !focus.Href.StartsWith("/tin-tuc/", StringComparison.Ordinal); i++)
            focus = await TabAsync(session.Page);
        Assert.StartsWith("/tin-tuc/", focus.Href);
        await session.Page.Keyboard.PressAsync("Enter");
        await session.Page.WaitForPageAsync(url => url.EndsWith(focus.Href, StringComparison.Ordinal));
        await Assertions.Expect(session.Page.Locator("h1")).ToContainTextAsync("Đổi mới sáng tạo");
    }

    [Fact]
    public async Task Visitor_picks_a_search_suggestion_with_the_arrow_keys()
    {
        await using var session = await app.SessionAsync();
        var page = session.Page;
        await session.GoAsync("/");

        await TabUntilAsync(page, "input[type=search]");
        var input = page.Locator("input[type=search][data-suggest]").First;
        await page.Keyboard.TypeAsync("doi moi");
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Gợi ý tìm kiếm" });
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveValueAsync("doi moi");

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(list).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var first = list.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await first.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("doi moi", await page.EvaluateAsync<string>("() => document.activeElement.value"));

        var label = (await first.InnerTextAsync()).Trim();
        var start = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync(url => url != start);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(page.Url.Contains("/tim-kiem", StringComparison.Ordinal)
            ? System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"] == label
            : (await page.Locator("h1").InnerTextAsync()).Trim() == label,
            $"Choosing \"{label}\" led to {page.Url}");
    }

    /// <summary>Presses Tab once and checks the newly focused element shows a focus indicator.</summary>
    private static async Task<Focus> TabAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        var focus = await page.EvaluateAsync<Focus>(FocusState);
        Assert.True(focus.Visible, $"No visible focus indicator on {focus.Name} at {page.Url}");
        return focus;
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 30; i++)
        {
            await TabAsync(page);
            if (await page.EvaluateAsync<bool>($"() => document.activeElement.matches('{selector}')"))
                return;
        }
        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }
}
