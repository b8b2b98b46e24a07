using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>axe-core, injected into Debian Chromium, finds no WCAG 2.1 A/AA violation on any public template.</summary>
public sealed class AccessibilityTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(PublicTemplates.Names), MemberType = typeof(PublicTemplates))]
    public async Task Public_template_has_no_WCAG_21_AA_violations(string template)
    {
        var page = PublicTemplates.Named(template);
        // axe-core goes in as an inline script, which the site's Content-Security-Policy rightly refuses.
        await using var session = await app.SessionAsync(bypassCsp: true);
        session.ExpectStatus(page.Path, page.Status);
        var response = await session.GoAsync(page.Path);
        Assert.Equal(page.Status, response.Status);

        var violations = await Axe.ViolationsAsync(session);

        Assert.True(violations.Length == 0, $"axe-core found on {template} ({page.Path}):\n" + string.Join("\n", violations));
    }
}
