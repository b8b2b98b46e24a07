using System.Text.Json;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>axe-core, injected into Debian Chromium, finds no WCAG 2.1 A/AA violation on any public template.</summary>
public sealed class AccessibilityTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' '))
          })));
        }
        """;

    private sealed record Violation(string Id, string Impact, string Help, string[] Targets);

    [Theory]
    [MemberData(nameof(PublicTemplates.Names), MemberType = typeof(PublicTemplates))]
    public async Task Public_template_has_no_WCAG_21_AA_violations(string template)
    {
        var page = PublicTemplates.Named(template);
        // axe-core goes in as an inline script, which the site's Content-Security-Policy rightly refuses.
        await using var session = await app.SessionAsync(bypassCsp: true);
        session.ExpectNotFound(page.Path);
        var response = await session.GoAsync(page.Path);
        Assert.Equal(page.Status, response.Status);

        await session.Page.AddScriptTagAsync(new() { Path = NodeTools.Path("axe-core", "axe.min.js") });
        var json = await session.Page.EvaluateAsync<string>(RunAxe);
        var violations = JsonSerializer.Deserialize<Violation[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        Assert.True(violations.Length == 0, $"axe-core found on {template} ({page.Path}):\n" + string.Join("\n",
            violations.Select(v => $"- {v.Id} [{v.Impact}] {v.Help}: {string.Join(", ", v.Targets.Take(5))}")));
    }
}
