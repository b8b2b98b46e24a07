using System.Text.Json;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>The Nu HTML Checker (vnu-jar on the installed Java) reports no error on any public template.</summary>
public sealed class HtmlValidityTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_public_template_is_valid_HTML()
    {
        var folder = Directory.CreateTempSubdirectory("portal-vnu-");
        try
        {
            using var http = app.Http();
            var files = new Dictionary<string, string>();
            foreach (var (template, index) in PublicTemplates.All.Select((t, i) => (t, i)))
            {
                using var response = await http.GetAsync(template.Path);
                Assert.Equal(template.Status, (int)response.StatusCode);
                var file = Path.Combine(folder.FullName, $"template-{index}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[file] = $"{template.Name} ({template.Path})";
            }

            // One JVM start for every file.
            var (_, output, error) = await NodeTools.RunAsync("java",
                ["-jar", NodeTools.Path("vnu-jar", "build", "dist", "vnu.jar"), "--format", "json", "--exit-zero-always", .. files.Keys],
                TimeSpan.FromMinutes(2));
            var report = JsonDocument.Parse(string.IsNullOrWhiteSpace(error) ? output : error);

            var errors = report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"- {Describe(files, m)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, "The Nu HTML Checker found errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(Dictionary<string, string> files, JsonElement message)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var page = files.FirstOrDefault(f => url.EndsWith(Path.GetFileName(f.Key), StringComparison.Ordinal)).Value ?? url;
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        return $"{page}:{line}";
    }
}
