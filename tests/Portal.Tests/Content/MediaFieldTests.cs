using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Content;

/// <summary>A media field holds a library id: the editor picks it, the core refuses ids that name nothing or the wrong kind.</summary>
public sealed class MediaFieldTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<HttpResponseMessage> CreateNewsAsync(HttpClient client, string title, string cover)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        return await client.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title, ["Input.Body"] = "Nội dung",
            ["Input.FieldsJson"] = "{}", ["Input.Fields[coverMediaId]"] = cover,
        }));
    }

    [Fact]
    public async Task A_media_field_refuses_an_id_the_library_does_not_have()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await CreateNewsAsync(editor, "Ảnh không có thật", "0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không tìm thấy tệp „0123456789abcdef0123456789abcdef” trong thư viện", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_media_field_refuses_a_file_of_another_kind()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var pdf = await MediaUploads.UploadAsync(editor, MediaTestFiles.Pdf(), "khong-phai-anh.pdf", alt: null);
        Assert.Equal(HttpStatusCode.Created, pdf.Status);

        var response = await CreateNewsAsync(editor, "Bìa là tệp PDF", pdf.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("„Ảnh đại diện” phải là ảnh, nhưng tệp đã chọn là tệp PDF.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_media_field_refuses_a_typed_address_instead_of_an_id()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var response = await CreateNewsAsync(editor, "Địa chỉ gõ tay", "https://example.vn/anh.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("phải là mã một tệp trong thư viện", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_editor_shows_the_chosen_file_and_opens_the_picker_on_the_field_kind()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var image = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(800, 450), "bia-duoc-chon.jpg", alt: "Bìa được chọn");
        var created = await CreateNewsAsync(editor, "Tin có ảnh bìa", image.Id);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(created.Headers.Location!.OriginalString));

        Assert.Contains("data-media-picker-open=\"field-coverMediaId\" data-media-kind=\"Image\"", html);
        Assert.Contains($"value=\"{image.Id}\"", html);
        Assert.Contains("bia-duoc-chon.jpg – Bìa được chọn", html);
        var pdf = await MediaUploads.UploadAsync(editor, MediaTestFiles.Pdf(), "bia-duoc-chon.pdf", alt: null);
        Assert.Contains(pdf.Id, await editor.GetStringAsync("/admin/api/media?q=bia-duoc-chon"));
        var images = await editor.GetStringAsync("/admin/api/media?kind=Image&q=bia-duoc-chon");
        Assert.Contains(image.Id, images);
        Assert.DoesNotContain(pdf.Id, images); // the field's picker lists only its kind
    }
}
