namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Every public template the quality gates check, rendered from the test recipe. The list lives in
/// public-templates.json (shared with ./portal bench lighthouse); a new template is one line there.
/// </summary>
public static class PublicTemplates
{
    /// <param name="NoIndex">kept out of search engines on purpose (noindex), so SEO crawlability audits do not apply.</param>
    public sealed record Template(string Name, string Path, int Status, bool NoIndex);

    public static IReadOnlyList<Template> All { get; } = Load();

    /// <summary>For [Theory] [MemberData]: one row per template, shown by name.</summary>
    public static TheoryData<string> Names() => new(All.Select(t => t.Name));

    public static Template Named(string name) => All.Single(t => t.Name == name);

    private static List<Template> Load()
    {
        using var stream = File.OpenRead(System.IO.Path.Combine(AppContext.BaseDirectory, "public-templates.json"));
        var items = System.Text.Json.JsonSerializer.Deserialize<List<Template>>(stream,
            new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return items ?? throw new InvalidOperationException("public-templates.json is empty");
    }
}
