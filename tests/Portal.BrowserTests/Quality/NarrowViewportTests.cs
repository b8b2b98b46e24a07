using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>At 320 CSS pixels (WCAG 1.4.10 reflow) no public template scrolls sideways.</summary>
public sealed class NarrowViewportTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : ''))
        """;

    [Theory]
    [MemberData(nameof(PublicTemplates.Names), MemberType = typeof(PublicTemplates))]
    public async Task Public_template_fits_a_320_pixel_screen_without_horizontal_scroll(string template)
    {
        var page = PublicTemplates.Named(template);
        await using var session = await app.SessionAsync(width: 320, height: 640);
        session.ExpectStatus(page.Path, page.Status);
        var response = await session.GoAsync(page.Path);
        Assert.Equal(page.Status, response.Status);

        var scrollWidth = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var culprits = scrollWidth > 320 ? await session.Page.EvaluateAsync<string[]>(Overflowing) : [];

        Assert.True(scrollWidth <= 320, $"{template} ({page.Path}) is {scrollWidth} px wide at 320 px; too wide: {string.Join(", ", culprits)}");
    }
}
