using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>A file made private answers 404 in every form: original, preset sizes and the stable alias.</summary>
public sealed class PrivateMediaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_private_image_is_served_in_no_size()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(733, 411), "anh-rieng-tu.jpg");
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);
        var urls = new[] { uploaded.Url, $"/media/{uploaded.Hash}/320.webp", $"/media/{uploaded.Hash}/640.jpg", $"/media/i/{uploaded.Id}/320.webp" };
        var visitor = factory.Anonymous();
        foreach (var url in urls)
            Assert.True((await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} is not served while public");

        var form = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");
        var saved = await editor.PostAsync($"/admin/thu-vien/{uploaded.Id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(form, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(form, "Input.Stamp"),
            ["Input.Alt"] = "Ảnh riêng tư",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var url in urls)
            Assert.True((await visitor.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{url} is still served after the file was made private");
    }
}
