using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Admin;

/// <summary>Editors link an item to its translation by title; the public language switch follows the link.</summary>
public sealed partial class CounterpartLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<(string Id, string Url)> PublishedAsync(string culture, string title, string type = "news")
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var (created, id) = await manager.CreateAsync(type, culture, new ContentDraft(title, null, "Tóm tắt.", "Nội dung."), TestContent.Editor);
        Assert.True(created.Succeeded, created.Error);
        var published = await manager.PublishAsync(id!, await factory.StampAsync(id!), TestContent.Editor);
        Assert.True(published.Succeeded, published.Error);
        var slug = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Slug).SingleAsync();
        return (id!, scope.ServiceProvider.GetRequiredService<ContentTypeRegistry>().UrlFor(type, culture, slug));
    }

    /// <summary>Posts the edit form as the browser would, with the picked translation (empty: none).</summary>
    private static async Task<HttpResponseMessage> SaveWithCounterpartAsync(HttpClient client, string id, string counterpart)
    {
        var html = await client.GetStringAsync($"/admin/noi-dung/{id}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
            ["Input.FieldsJson"] = PortalFactory.FormValue(html, "Input.FieldsJson"),
            ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
            ["Input.Summary"] = "Tóm tắt.", ["Input.Body"] = "Nội dung.",
            ["Input.CounterpartId"] = counterpart,
        };
        return await client.PostAsync($"/admin/noi-dung/{id}?handler=Save", new FormUrlEncodedContent(form));
    }

    private async Task<string> SwitchOfAsync(string url) =>
        SwitchHref().Match(await factory.Anonymous().GetStringAsync(url)).Groups[1].Value;

    private async Task<string?> LinkOfAsync(string id)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentCounterparts>().CurrentAsync(id, CancellationToken.None);
    }

    [Fact]
    public async Task Editor_links_a_vietnamese_item_to_its_english_one_and_both_switches_follow()
    {
        var code = Unique();
        var (vi, viUrl) = await PublishedAsync("vi", "Tin cần bản dịch " + code);
        var (en, enUrl) = await PublishedAsync("en", "News needing a link " + code);
        Assert.NotEqual(enUrl, await SwitchOfAsync(viUrl)); // the page is now in the output cache
        var editor = await factory.SignedInAsync("editor@test.vn");
        var form = await editor.GetStringAsync($"/admin/noi-dung/{vi}");
        Assert.Contains("<legend>Bản dịch / bản tiếng Anh tương ứng</legend>", form);
        Assert.Matches($"<input type=\"radio\" id=\"counterpart-\\d+\" name=\"Input.CounterpartId\" value=\"{en}\"><label class=\"choice\" for=\"counterpart-\\d+\"><span lang=\"en\">News needing a link {code}</span> \\(tiếng Anh\\)</label>", form);
        Assert.DoesNotContain($"value=\"{vi}\"", form);

        var saved = await SaveWithCounterpartAsync(editor, vi, en);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(enUrl, await SwitchOfAsync(viUrl));
        Assert.Equal(viUrl, await SwitchOfAsync(enUrl));
        Assert.Matches($"value=\"{vi}\" checked=\"checked\"", await editor.GetStringAsync($"/admin/noi-dung/{en}"));
        var history = WebUtility.HtmlDecode(await editor.GetStringAsync($"/admin/noi-dung/{en}/lich-su"));
        Assert.Contains($"liên kết bản dịch: với „Tin cần bản dịch {code}” (tiếng Việt)", history);
    }

    [Fact]
    public async Task Choosing_no_link_unlinks_both_pages()
    {
        var code = Unique();
        var (vi, viUrl) = await PublishedAsync("vi", "Tin sẽ bỏ liên kết " + code);
        var (en, enUrl) = await PublishedAsync("en", "News to unlink " + code);
        var editor = await factory.SignedInAsync("editor@test.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveWithCounterpartAsync(editor, en, vi)).StatusCode);
        Assert.Equal(enUrl, await SwitchOfAsync(viUrl));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveWithCounterpartAsync(editor, vi, "")).StatusCode);

        Assert.Null(await LinkOfAsync(vi));
        Assert.Null(await LinkOfAsync(en));
        Assert.NotEqual(enUrl, await SwitchOfAsync(viUrl));
        Assert.NotEqual(viUrl, await SwitchOfAsync(enUrl));
        Assert.Contains("bỏ liên kết bản dịch: khỏi „News to unlink", WebUtility.HtmlDecode(await editor.GetStringAsync($"/admin/noi-dung/{vi}/lich-su")));
    }

    [Fact]
    public async Task Linking_to_an_item_already_paired_unlinks_its_old_partner()
    {
        var code = Unique();
        var (first, firstUrl) = await PublishedAsync("vi", "Bản Việt cũ " + code);
        var (second, secondUrl) = await PublishedAsync("vi", "Bản Việt mới " + code);
        var (en, enUrl) = await PublishedAsync("en", "Shared English " + code);
        var editor = await factory.SignedInAsync("editor@test.vn");
        await SaveWithCounterpartAsync(editor, first, en);
        Assert.Equal(enUrl, await SwitchOfAsync(firstUrl));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveWithCounterpartAsync(editor, second, en)).StatusCode);

        Assert.Equal(en, await LinkOfAsync(second));
        Assert.Equal(second, await LinkOfAsync(en));
        Assert.Null(await LinkOfAsync(first));
        Assert.Equal(secondUrl, await SwitchOfAsync(enUrl));
        Assert.NotEqual(enUrl, await SwitchOfAsync(firstUrl));
        Assert.Contains($"bỏ liên kết bản dịch: khỏi „Shared English {code}”", WebUtility.HtmlDecode(await editor.GetStringAsync($"/admin/noi-dung/{first}/lich-su")));
    }

    [Fact]
    public async Task Same_language_other_type_itself_and_unknown_items_are_refused_in_vietnamese()
    {
        var code = Unique();
        var (vi, _) = await PublishedAsync("vi", "Tin bị từ chối liên kết " + code);
        var (otherVi, _) = await PublishedAsync("vi", "Tin tiếng Việt khác " + code);
        var (page, _) = await PublishedAsync("en", "English page " + code, Portal.Modules.Pages.PagesModule.ContentType);
        var editor = await factory.SignedInAsync("editor@test.vn");

        foreach (var (target, message) in new[]
        {
            (otherVi, "Bản dịch phải bằng ngôn ngữ khác: mục được chọn cũng viết bằng tiếng Việt."),
            (page, "Bản dịch phải cùng loại nội dung với mục này."),
            (vi, "Không thể chọn chính mục này làm bản dịch của nó."),
            ("khong-co-muc-nay", "Không tìm thấy mục được chọn làm bản dịch"),
        })
        {
            var refused = await SaveWithCounterpartAsync(editor, vi, target);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
            Assert.Null(await LinkOfAsync(vi));
        }
    }

    [Fact]
    public async Task A_new_english_item_can_be_created_as_the_translation()
    {
        var code = Unique();
        var (vi, viUrl) = await PublishedAsync("vi", "Tin gốc tiếng Việt " + code);
        var chief = await factory.SignedInAsync("chief@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(chief, "/admin/noi-dung/tao/news");
        Assert.Contains($"value=\"{vi}\"", await chief.GetStringAsync("/admin/noi-dung/tao/news"));

        var created = await chief.PostAsync("/admin/noi-dung/tao/news?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "en", ["Input.Title"] = "Translated news " + code,
            ["Input.Body"] = "Body.", ["Input.FieldsJson"] = "{}", ["Input.CounterpartId"] = vi,
        }));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var en = created.Headers.Location!.OriginalString.Split('/')[^1];
        Assert.Equal(vi, await LinkOfAsync(en));
        Assert.StartsWith("/en/news/", await SwitchOfAsync(viUrl));
    }

    [Fact]
    public async Task A_member_without_editing_rights_cannot_link()
    {
        var code = Unique();
        var (vi, _) = await PublishedAsync("vi", "Tin không được liên kết " + code);
        var (en, _) = await PublishedAsync("en", "News not to be linked " + code);
        var member = await factory.SignedInAsync("member@test.vn");

        var response = await member.PostAsync($"/admin/noi-dung/{vi}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Tin không được liên kết " + code, ["Input.CounterpartId"] = en,
        }));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.NotEqual($"/admin/noi-dung/{vi}", response.Headers.Location?.OriginalString);
        Assert.Null(await LinkOfAsync(vi));
        Assert.True((await member.GetAsync($"/admin/noi-dung/{vi}")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
    }

    [GeneratedRegex("class=\"lang-switch\" href=\"([^\"]*)\"")]
    private static partial Regex SwitchHref();
}
