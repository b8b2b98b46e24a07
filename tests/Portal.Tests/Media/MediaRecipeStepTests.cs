using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media;
using Portal.Modules.Recipes;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>The "media" recipe step: files beside the recipe, upserted by id, in the recipe's one transaction.</summary>
public sealed class MediaRecipeStepTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A fresh folder holding the recipe and its media/ files, so no test sees another's.</summary>
    private string RecipeFolder(params (string Name, byte[] Bytes)[] files)
    {
        var folder = Path.Combine(factory.Database.DataFolder, "recipe-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "media"));
        foreach (var (name, bytes) in files)
            File.WriteAllBytes(Path.Combine(folder, "media", name), bytes);
        return folder;
    }

    private async Task<RecipeOutcome> ImportAsync(string folder, string fileName, string json)
    {
        var path = Path.Combine(folder, fileName);
        await File.WriteAllTextAsync(path, json);
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportFileAsync(path);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Media_step_imports_files_with_presets_and_a_second_run_changes_nothing()
    {
        var (photo, pdf) = (NewId(), NewId());
        var folder = RecipeFolder(("hoi-nghi.jpg", MediaTestFiles.Jpeg(1000, 600)), ("ky-yeu.pdf", MediaTestFiles.Pdf()));
        var recipe = $$"""
        { "name": "anh", "steps": [ { "name": "media", "items": [
          { "id": "{{photo}}", "file": "media/hoi-nghi.jpg", "alt": "Hội nghị tổng kết", "caption": "Toàn cảnh hội nghị", "credit": "Phòng Thông tin", "tags": "Hội nghị, 2026" },
          { "id": "{{pdf}}", "file": "media/ky-yeu.pdf" } ] } ] }
        """;

        var first = await ImportAsync(folder, "anh.json", recipe);
        var second = await ImportAsync(folder, "anh.json", recipe);

        Assert.Equal(2, first.Changes);
        Assert.Equal(0, second.Changes);
        await using var scope = factory.Scope();
        var items = await factory.Db(scope).Set<MediaItem>().AsNoTracking().Where(m => m.Id == photo || m.Id == pdf).ToDictionaryAsync(m => m.Id);
        Assert.Equal(("Hội nghị tổng kết", "Toàn cảnh hội nghị", "Phòng Thông tin", "hội nghị,2026"), (items[photo].Alt, items[photo].Caption, items[photo].Credit, items[photo].Tags));
        Assert.Equal([320, 640, 960], items[photo].Widths);
        Assert.Equal(MediaKind.Pdf, items[pdf].Kind);
        Assert.NotNull(items[pdf].Width); // the first page is the PDF's picture
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync($"/media/{items[photo].Hash}/640.webp")).StatusCode);
    }

    [Fact]
    public async Task Changed_texts_or_bytes_update_the_item_in_place()
    {
        var id = NewId();
        var folder = RecipeFolder(("a.jpg", MediaTestFiles.Jpeg(700, 400)));
        string Recipe(string alt) => $$"""{ "steps": [ { "name": "media", "items": [ { "id": "{{id}}", "file": "media/a.jpg", "alt": "{{alt}}" } ] } ] }""";
        await ImportAsync(folder, "a.json", Recipe("Ảnh cũ"));
        File.WriteAllBytes(Path.Combine(folder, "media", "a.jpg"), MediaTestFiles.Png(500, 500));

        var outcome = await ImportAsync(folder, "a.json", Recipe("Ảnh mới"));

        Assert.Equal(1, outcome.Changes);
        await using var scope = factory.Scope();
        var item = await factory.Db(scope).Set<MediaItem>().AsNoTracking().SingleAsync(m => m.Id == id);
        Assert.Equal(("Ảnh mới", 500, "image/png"), (item.Alt, item.Width, item.Mime));
    }

    [Fact]
    public async Task A_missing_media_file_is_refused_naming_file_step_and_field_and_nothing_is_written()
    {
        var (good, missing) = (NewId(), NewId());
        var folder = RecipeFolder(("co-that.jpg", MediaTestFiles.Jpeg(400, 300)));
        var recipe = $$"""
        { "steps": [
          { "name": "taxonomies", "taxonomies": [ { "taxonomy": "media-recipe-test", "terms": [ { "name": "Không được giữ" } ] } ] },
          { "name": "media", "items": [
            { "id": "{{good}}", "file": "media/co-that.jpg", "alt": "Có thật" },
            { "id": "{{missing}}", "file": "media/khong-co.jpg", "alt": "Không có" } ] } ] }
        """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(folder, "thieu-tep.json", recipe));

        Assert.Contains("thieu-tep.json, bước 2 (media), trường items.items[1].file", error.Message);
        Assert.Contains("không tìm thấy tệp „media/khong-co.jpg”", error.Message);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<MediaItem>().AnyAsync(m => m.Id == good || m.Id == missing));
        Assert.False(await factory.Db(scope).Set<TaxonomyTerm>().AnyAsync(t => t.Taxonomy == "media-recipe-test"));
    }

    [Theory]
    [InlineData("../ngoai.jpg", "anh", "items.items[0].file", "phải nằm trong thư mục của công thức")]
    [InlineData("anh.jpg", "", "items.items[0].alt", "Vui lòng nhập mô tả ảnh")]
    [InlineData("anh.jpg", "bad id", "items.items[0].id", "32 chữ số hệ 16")]
    public async Task Bad_media_entries_are_refused_with_the_field_named(string file, string alt, string field, string reason)
    {
        var folder = RecipeFolder(("anh.jpg", MediaTestFiles.Jpeg(300, 200)));
        File.WriteAllBytes(Path.Combine(folder, "ngoai.jpg"), MediaTestFiles.Jpeg(300, 200));
        var id = alt == "bad id" ? "KHONG-PHAI-MA" : NewId();
        var recipe = $$"""{ "steps": [ { "name": "media", "items": [ { "id": "{{id}}", "file": "{{file}}", "alt": "{{alt}}" } ] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Path.Combine(folder, "media"), "sai.json", recipe));

        Assert.Contains(field, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public async Task Content_naming_a_file_the_library_does_not_have_is_refused_with_the_field_named()
    {
        var folder = RecipeFolder();
        var missing = NewId();
        var recipe = $$"""{ "steps": [ { "name": "content", "items": [ { "id": "tin-anh-thieu", "type": "news", "title": "Tin thiếu ảnh", "fields": { "coverMediaId": "{{missing}}" } } ] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(folder, "tin.json", recipe));

        Assert.Contains("tin.json, bước 1 (content), trường items.items[0].fields[coverMediaId]", error.Message);
        Assert.Contains($"không tìm thấy tệp „{missing}” trong thư viện", error.Message);
    }
}
