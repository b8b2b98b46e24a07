using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>Public surfaces name the byline or the agency, never the login e-mail of the editor who saved an item.</summary>
public sealed class StaffEmailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_item_saved_by_an_editor_never_shows_the_editors_login_on_public_surfaces()
    {
        var editor = new Actor("editor-id", "editor@test.vn");
        var id = await factory.PublishAsync("news", new ContentDraft("Tin do biên tập viên đăng", null, "Tóm tắt.", "Nội dung.", "{}"), editor);
        var slug = await factory.SlugAsync(id);
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var client = factory.Anonymous();

        foreach (var url in new[] { $"/tin-tuc/{slug}", "/tin-tuc", "/", "/rss", "/rss/tin-tuc", "/sitemap-1.xml", "/api/search?q=bien+tap+vien+dang" })
        {
            var body = await client.GetStringAsync(url);
            Assert.False(body.Contains("@test.vn"), $"{url} shows a staff login");
        }
        var page = await client.GetStringAsync($"/tin-tuc/{slug}");
        Assert.Contains("\"author\":{\"@type\":\"GovernmentOrganization\"", page.Replace(" ", ""));
    }
}
