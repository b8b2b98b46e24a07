using System.Text.Json;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>axe-core, injected into the session's page, checking WCAG 2.1 A and AA.</summary>
public static class Axe
{
    private const string Run = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' '))
          })));
        }
        """;

    public sealed record Violation(string Id, string Impact, string Help, string[] Targets)
    {
        public override string ToString() => $"- {Id} [{Impact}] {Help}: {string.Join(", ", Targets.Take(5))}";
    }

    /// <summary>The page's violations; the session must bypass CSP, which rightly refuses the inline script.</summary>
    public static async Task<Violation[]> ViolationsAsync(BrowserSession session)
    {
        await session.Page.AddScriptTagAsync(new() { Path = NodeTools.Path("axe-core", "axe.min.js") });
        var json = await session.Page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<Violation[]>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
