using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Content.Admin;

/// <summary>Topics, S&amp;T fields and column series are ticked by name; the library picker can upload.</summary>
public sealed class EditorPickerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> FieldsOfAsync(string title)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ContentVersion>().AsNoTracking().Where(v => v.Title == title && v.Latest).Select(v => v.FieldsJson).SingleAsync();
    }

    private static async Task<HttpResponseMessage> CreateNewsAsync(HttpClient client, string title, params (string Field, string Value)[] fields)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("culture", "vi"), new("Input.Title", title), new("Input.Body", "Nội dung."), new("Input.FieldsJson", "{}"),
        };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>($"Input.Fields[{f.Field}]", f.Value)));
        return await client.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task News_topics_and_st_fields_are_ticked_by_name()
    {
        var html = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync("/admin/noi-dung/tao/news");

        Assert.Contains("<legend>Chuyên đề</legend>", html);
        Assert.Matches("<input type=\"checkbox\" id=\"field-categories-\\d+\" name=\"Input.Fields\\[categories\\]\" value=\"so-huu-tri-tue\"><label class=\"choice\" for=\"field-categories-\\d+\">Sở hữu trí tuệ</label>", html);
        Assert.Matches("name=\"Input.Fields\\[fieldCodes\\]\" value=\"3\"><label class=\"choice\" for=\"field-fieldCodes-\\d+\">Khoa học y, dược</label>", html);
        Assert.DoesNotContain("type=\"text\" value=\"\" aria-describedby=\"field-categories-hint\"", html);
        Assert.Contains("js/term-picker.js", html);
    }

    [Fact]
    public async Task Ticked_terms_are_stored_as_the_typed_list_was()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var ticked = await CreateNewsAsync(editor, "Tin có hai chuyên đề đánh dấu",
            ("categories", "so-huu-tri-tue"), ("categories", "chuyen-doi-so"), ("fieldCodes", "1"), ("fieldCodes", "3"));
        var typed = await CreateNewsAsync(editor, "Tin có hai chuyên đề gõ tay", ("categories", "so-huu-tri-tue, chuyen-doi-so"), ("fieldCodes", "1, 3"));

        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        var fields = JsonDocument.Parse(await FieldsOfAsync("Tin có hai chuyên đề đánh dấu")).RootElement;
        Assert.Equal(new[] { "so-huu-tri-tue", "chuyen-doi-so" }, fields.GetProperty("categories").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(new[] { "1", "3" }, fields.GetProperty("fieldCodes").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(await FieldsOfAsync("Tin có hai chuyên đề gõ tay"), await FieldsOfAsync("Tin có hai chuyên đề đánh dấu"));

        var form = await editor.GetStringAsync(ticked.Headers.Location!.OriginalString);
        Assert.Contains("value=\"chuyen-doi-so\" checked=\"checked\"", form);
        Assert.DoesNotContain("value=\"2\" checked=\"checked\"", form);
    }

    [Fact]
    public async Task Unknown_term_is_refused_at_the_top_and_beside_the_picker()
    {
        var response = await CreateNewsAsync(await factory.SignedInAsync("editor@test.vn"), "Tin có lĩnh vực lạ", ("fieldCodes", "999"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"form-errors\"", html);
        Assert.Contains("„999” không thuộc danh mục cho phép", html);
        Assert.Contains("999 (không còn trong danh mục)", html); // the editor sees, and can untick, what they sent
    }

    [Fact]
    public async Task Column_issue_picks_its_series_by_name()
    {
        var html = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync("/admin/noi-dung/tao/column-issue?series=khoa-hoc-va-cong-nghe-voi-cuoc-song");

        Assert.Matches("<input type=\"radio\" id=\"field-series-\\d+\" name=\"Input.Fields\\[series\\]\" value=\"khoa-hoc-va-cong-nghe-voi-cuoc-song\" checked=\"checked\"><label class=\"choice\" for=\"field-series-\\d+\">Khoa học và Công nghệ với Cuộc sống</label>", html);
    }

    [Fact]
    public async Task Picker_upload_answers_what_the_picker_chooses_with_and_the_library_counts_it()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var form = await editor.GetStringAsync("/admin/noi-dung/tao/news");
        Assert.Contains("data-picker-upload", form);
        Assert.Contains("for=\"media-picker-file\"", form);
        var before = await editor.GetStringAsync("/admin/thu-vien");

        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(640, 480), "tai-tu-bo-chon.jpg", alt: "Ảnh tải từ bộ chọn");

        Assert.Equal(HttpStatusCode.Created, uploaded.Status);
        var json = JsonDocument.Parse(uploaded.Body).RootElement;
        Assert.Equal("Ảnh tải từ bộ chọn", json.GetProperty("alt").GetString());
        Assert.StartsWith("<picture>", json.GetProperty("markdown").GetString());
        Assert.NotNull(json.GetProperty("thumbnail").GetString());
        var count = (string html) => int.Parse(System.Text.RegularExpressions.Regex.Match(html, "data-library-count=\"(\\d+)\"").Groups[1].Value);
        Assert.Equal(count(before) + 1, count(await editor.GetStringAsync("/admin/thu-vien")));
    }
}
