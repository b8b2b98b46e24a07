using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Recipes;
using Portal.Modules.Settings;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Recipes;

public sealed class RecipeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string TestRecipe => Path.Combine(AppContext.BaseDirectory, "Recipes", "test.json");

    private async Task<RecipeOutcome> ImportAsync(string json, string name = "bad.json", string? folder = null)
    {
        await using var scope = factory.Scope();
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(stream, name, folder);
    }

    private async Task<(int Items, int Versions, int Terms)> CountsAsync()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        return (await db.Set<ContentItem>().CountAsync(), await db.Set<ContentVersion>().CountAsync(), await db.Set<TaxonomyTerm>().CountAsync());
    }

    [Fact]
    public async Task Running_the_recipe_again_changes_nothing()
    {
        var before = await CountsAsync();
        await using var scope = factory.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportFileAsync(TestRecipe);
        Assert.Equal(0, outcome.Changes);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_bad_step_names_file_step_and_field_and_writes_nothing()
    {
        var before = await CountsAsync();
        const string recipe = """
        { "name": "bad", "steps": [
          { "name": "taxonomies", "taxonomies": [ { "taxonomy": "recipe-test", "terms": [ { "name": "Thuật ngữ mới" } ] } ] },
          { "name": "content", "items": [
            { "id": "recipe-good", "type": "news", "title": "Mục hợp lệ" },
            { "id": "recipe-bad", "type": "news", "title": "" } ] } ] }
        """;
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(recipe));
        Assert.Contains("bad.json", error.Message);
        Assert.Contains("bước 2 (content)", error.Message);
        Assert.Contains("items[1].title", error.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("{ not json", "JSON không hợp lệ")]
    [InlineData("{ \"steps\": [ { \"name\": \"khong-co\" } ] }", "không có loại bước „khong-co”")]
    [InlineData("{ \"steps\": [ { \"name\": \"content\", \"items\": [ { \"id\": \"x\", \"type\": \"khong-co\", \"title\": \"t\" } ] } ] }", "items[0].type")]
    [InlineData("{ \"steps\": [ { \"name\": \"users\", \"users\": [ { \"email\": \"a@b.vn\", \"roles\": [\"Boss\"] } ] } ] }", "users[0].roles")]
    [InlineData("{ \"steps\": [ { \"name\": \"users\", \"users\": [ { \"email\": \"a@b.vn\", \"taxCode\": \"04012345\", \"roles\": [\"Member\"] } ] } ] }", "users[0].taxCode")]
    public async Task Malformed_recipes_are_refused_with_a_reason(string json, string reason)
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(json));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public async Task A_recipe_body_nested_too_deep_is_refused_with_its_path_and_writes_nothing()
    {
        var before = await CountsAsync();
        var recipe = new JsonObject
        {
            ["name"] = "deep",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "content",
                ["items"] = new JsonArray(new JsonObject { ["id"] = "recipe-deep", ["type"] = "news", ["title"] = "Lồng sâu", ["body"] = CrashPayloads.Body("> × 20.000") }),
            }),
        };
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(recipe.ToJsonString()));
        Assert.Contains("items[0].body", error.Message);
        Assert.Contains(ContentTexts.BodyRefused(MarkdownLimit.MarkdownTooDeep), error.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Export_writes_a_recipe_that_imports_without_changes()
    {
        var file = Path.Combine(factory.Database.DataFolder, "export.json");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ExportFileAsync(file);
        var json = await File.ReadAllTextAsync(file);
        Assert.Contains("\"name\": \"settings\"", json);
        Assert.Contains("Đổi mới sáng tạo", json); // not escaped
        Assert.DoesNotContain("password", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"file\": \"media/", json); // media files are written beside the recipe
        var outcome = await ImportAsync(json, "export.json", factory.Database.DataFolder);
        Assert.Equal(0, outcome.Changes);
    }

    [Fact]
    public async Task Exporting_an_unchanged_site_twice_gives_identical_bytes()
    {
        var first = Path.Combine(factory.Database.DataFolder, "export-a", "site.json");
        var second = Path.Combine(factory.Database.DataFolder, "export-b", "site.json");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ExportFileAsync(first);
        factory.Clock.Set(factory.Clock.GetUtcNow().AddMinutes(5)); // a time written into the file would now differ
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ExportFileAsync(second);

        var bytes = await File.ReadAllBytesAsync(first);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(second));
        Assert.DoesNotContain("exported", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        var mediaA = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(first)!, "media")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var mediaB = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(second)!, "media")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(mediaA, mediaB);
    }

    [Fact]
    public async Task Changed_recipe_text_updates_the_item_with_a_new_version()
    {
        await ImportAsync("""{ "steps": [ { "name": "content", "items": [ { "id": "recipe-update", "type": "news", "title": "Tiêu đề đầu", "body": "A" } ] } ] }""");
        var outcome = await ImportAsync("""{ "steps": [ { "name": "content", "items": [ { "id": "recipe-update", "type": "news", "title": "Tiêu đề sau", "body": "B" } ] } ] }""");
        Assert.Equal(1, outcome.Changes);
        await using var scope = factory.Scope();
        var published = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == "recipe-update" && v.Published);
        Assert.Equal("Tiêu đề sau", published.Title);
        Assert.Equal("tieu-de-dau", published.Slug); // the recipe gave no slug, so the address stays
    }

    [Fact]
    public async Task Settings_step_updates_the_site_identity()
    {
        await ImportAsync("""{ "steps": [ { "name": "settings", "site": { "zaloUrl": "https://zalo.me/0209999999" } } ] }""");
        await using var scope = factory.Scope();
        Assert.Equal("https://zalo.me/0209999999", (await factory.Db(scope).Set<SiteSettings>().SingleAsync()).ZaloUrl);
    }
}
