using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class LibraryAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<string> CreateNewsAsync(HttpClient client, string title, string body, string? coverId = null)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        var response = await client.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title, ["Input.Body"] = body,
            ["Input.Fields[coverMediaId]"] = coverId ?? "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string id, string handler)
    {
        var page = await client.GetStringAsync($"/admin/thu-vien/{id}");
        return await client.PostAsync($"/admin/thu-vien/{id}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
        }));
    }

    [Fact]
    public async Task A_file_in_use_is_listed_where_used_and_cannot_be_deleted()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(640, 480), "dang-dung.jpg", alt: "Lễ ký kết");
        var picker = await editor.GetStringAsync("/admin/api/media?q=dang-dung");
        var markdown = System.Text.Json.JsonDocument.Parse(picker).RootElement[0].GetProperty("markdown").GetString()!;
        Assert.Contains($"/media/i/{uploaded.Id}/640.webp 640w", markdown);
        await CreateNewsAsync(editor, "Bài có ảnh thư viện", "Mở đầu\n\n" + markdown);

        // The body keeps a <picture> with sizes through Markdown and the sanitizer.
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/thu-vien");
        var preview = await editor.PostAsync("/admin/api/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "Ảnh:\n\n" + markdown, ["__RequestVerificationToken"] = token,
        }));
        var html = System.Text.Json.JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString()!;
        Assert.Contains("<picture><source type=\"image/webp\"", html);
        Assert.Contains("width=\"640\" height=\"480\" alt=\"Lễ ký kết\"", html);
        Assert.Contains($"/media/i/{uploaded.Id}/320.jpg 320w", html);

        await CreateNewsAsync(editor, "Bài có ảnh bìa", "Không có ảnh trong thân bài", coverId: uploaded.Id);
        await CreateNewsAsync(editor, "Bài không dùng ảnh", "Chỉ có chữ");

        var page = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");
        Assert.Contains("Bài có ảnh thư viện", page);
        Assert.Contains("Bài có ảnh bìa", page);
        Assert.DoesNotContain("Bài không dùng ảnh", page);
        var refused = await PostHandlerAsync(editor, uploaded.Id, "Delete");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đang được dùng ở 2 nơi", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync($"/media/i/{uploaded.Id}/960.webp")).StatusCode);
    }

    [Fact]
    public async Task An_unused_file_is_deleted_with_its_files()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(500, 400), "khong-dung.jpg");
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(uploaded.Url)).StatusCode);

        var deleted = await PostHandlerAsync(editor, uploaded.Id, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(uploaded.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/media/{uploaded.Hash}/320.webp")).StatusCode);
    }

    [Fact]
    public async Task Replacing_a_file_changes_it_everywhere_it_is_used()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(640, 480), "cu.jpg");
        var before = await factory.Anonymous().GetByteArrayAsync($"/media/i/{uploaded.Id}/640.webp");

        var page = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalFactory.FormValue(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new ByteArrayContent(MediaTestFiles.Png(800, 400)), "file", "moi.png" },
        };
        var replaced = await editor.PostAsync($"/admin/thu-vien/{uploaded.Id}?handler=Replace", form);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var after = await factory.Anonymous().GetByteArrayAsync($"/media/i/{uploaded.Id}/640.webp");
        Assert.NotEqual(before, after);
        Assert.Equal((640, 320), Portal.Modules.Media.Imaging.VipsImaging.ReadHeader(after));
        Assert.Contains("moi.png", await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}"));
    }

    [Fact]
    public async Task Library_lists_searches_and_filters_by_tag()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/thu-vien");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(MediaTestFiles.Jpeg(320, 240)), "file", "nong-nghiep-cong-nghe-cao.jpg" },
            { new StringContent("Nhà kính"), "alt" }, { new StringContent("Nông nghiệp, Đề tài"), "tags" }, { new StringContent("2026"), "folder" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/admin/api/media", form)).StatusCode);

        Assert.Contains("nong-nghiep-cong-nghe-cao.jpg", await editor.GetStringAsync("/admin/thu-vien?q=cong-nghe-cao"));
        Assert.Contains("nong-nghiep-cong-nghe-cao.jpg", await editor.GetStringAsync("/admin/thu-vien?tag=n%C3%B4ng%20nghi%E1%BB%87p&folder=2026"));
        Assert.DoesNotContain("nong-nghiep-cong-nghe-cao.jpg", await editor.GetStringAsync("/admin/thu-vien?tag=nông"));
        Assert.Contains("Chèn ảnh hoặc tệp từ thư viện", await editor.GetStringAsync("/admin/noi-dung/tao/news"));
        // The upload script posts the token it finds inside the upload form.
        var library = await editor.GetStringAsync("/admin/thu-vien");
        var uploadForm = library[library.IndexOf("data-media-upload", StringComparison.Ordinal)..];
        Assert.Contains("__RequestVerificationToken", uploadForm[..uploadForm.IndexOf("</form>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Upload_requires_the_antiforgery_token_and_an_editor()
    {
        using var noToken = new MultipartFormDataContent { { new ByteArrayContent(MediaTestFiles.Jpeg(100, 100)), "file", "a.jpg" } };
        var editor = await factory.SignedInAsync("editor@test.vn");

        var refused = await editor.PostAsync("/admin/api/media", noToken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("tải lại trang", await refused.Content.ReadAsStringAsync());

        var member = await factory.SignedInAsync("member@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(member, "/dang-nhap");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(MediaTestFiles.Jpeg(100, 100)), "file", "thanh-vien.jpg" }, { new StringContent("Ảnh"), "alt" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var forbidden = await member.PostAsync("/admin/api/media", form);
        Assert.Contains("/khong-co-quyen", forbidden.Headers.Location?.OriginalString ?? "");
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Portal.Modules.Media.MediaItem>().AnyAsync(m => m.FileName == "thanh-vien.jpg"));
    }
}
