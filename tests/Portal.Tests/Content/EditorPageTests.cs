using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

public sealed class EditorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string html, string body) => new()
    {
        ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
        ["Input.FieldsJson"] = "{}",
        ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
        ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
        ["Input.Summary"] = "",
        ["Input.Body"] = body,
    };

    private async Task<string> CreateThroughAdminAsync(HttpClient client, string title)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        var response = await client.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title, ["Input.Body"] = "Bản đầu", ["Input.FieldsJson"] = "{}",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Stale_edit_form_is_refused_with_a_clear_message_and_nothing_is_overwritten()
    {
        var first = await factory.SignedInAsync("editor@test.vn");
        var second = await factory.SignedInAsync("chief@test.vn");
        var url = await CreateThroughAdminAsync(first, "Hai người cùng sửa");
        var formOfFirst = await first.GetStringAsync(url);
        var formOfSecond = await second.GetStringAsync(url);

        var saved = await second.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(formOfSecond, "Bản của tổng biên tập")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = await first.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(formOfFirst, "Bản của biên tập viên")));
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", html);
        Assert.Contains("Bản của biên tập viên", html); // the editor's text is still in the form

        await using var scope = factory.Scope();
        var id = url.Split('/').Last();
        var body = await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.Latest).Select(v => v.BodyMarkdown).SingleAsync();
        Assert.Equal("Bản của tổng biên tập", body);
    }

    [Fact]
    public async Task Editor_cannot_publish_but_editor_in_chief_can()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var url = await CreateThroughAdminAsync(editor, "Bài chờ tổng biên tập");
        var form = await editor.GetStringAsync(url);
        Assert.DoesNotContain("handler=Publish", form);
        var refused = await editor.PostAsync(url + "?handler=Publish", new FormUrlEncodedContent(Form(form, "Bản đầu")));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/khong-co-quyen", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/tin-tuc/bai-cho-tong-bien-tap")).StatusCode);

        var chief = await factory.SignedInAsync("chief@test.vn");
        var chiefForm = await chief.GetStringAsync(url);
        var published = await chief.PostAsync(url + "?handler=Publish", new FormUrlEncodedContent(Form(chiefForm, "Bản đầu")));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/bai-cho-tong-bien-tap")).StatusCode);
    }

    [Fact]
    public async Task Empty_title_is_refused_in_vietnamese()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news");
        var response = await editor.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "", ["Input.Body"] = "x",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập tiêu đề.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preview_renders_sanitized_markdown()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news");
        var response = await editor.PostAsync("/admin/api/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["markdown"] = "**đậm** <script>alert(1)</script>",
        }));
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>đậm</strong>", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("html").GetString());
        Assert.DoesNotContain("<script", json);
    }

    [Fact]
    public async Task Preview_without_a_valid_form_token_answers_a_vietnamese_problem()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await editor.PostAsync("/admin/api/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "**đậm**" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("hãy tải lại trang", System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }
}
