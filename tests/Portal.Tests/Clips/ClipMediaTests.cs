using System.Net;
using System.Text.RegularExpressions;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Clips;

/// <summary>A clip's video, poster and captions come from the library.</summary>
public sealed class ClipMediaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> PublishClipAsync(string title, string fieldsJson) =>
        await factory.SlugAsync(await factory.PublishAsync("clip", new ContentDraft(title, null, "Tóm tắt", "Lời thoại", fieldsJson, null)));

    [Fact]
    public async Task An_external_clip_shows_its_library_poster_first()
    {
        var html = await factory.Anonymous().GetStringAsync("/video/clip-so-huu-tri-tue");

        Assert.Matches("<div class=\"video-consent\"[^>]*>\\s*<a class=\"video-start\"[^>]*>\\s*<picture><source type=\"image/webp\"[^<]*><img [^>]*alt=\"\" fetchpriority=\"high\">", html);
    }

    [Fact]
    public async Task An_uploaded_clip_plays_with_its_poster_frame_size_and_duration()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var video = await MediaUploads.UploadAsync(editor, MediaTestFiles.Clip(3), "phong-su.mp4", alt: null);
        Assert.Equal(HttpStatusCode.Created, video.Status);
        var slug = await PublishClipAsync("Phóng sự có tệp video", $$"""{"videoMediaId":"{{video.Id}}"}""");

        var html = await factory.Anonymous().GetStringAsync($"/video/{slug}");

        var player = Regex.Match(html, "<video [^>]*>");
        Assert.Contains("width=\"320\" height=\"240\"", player.Value);
        Assert.Matches("poster=\"/media/[0-9a-f]{64}/\\d+\\.jpg\"", player.Value);
        Assert.Contains($"<source src=\"{video.Url}\" type=\"video/mp4\">", html);
        Assert.Contains("Thời lượng 0:03", html);
        Assert.Matches("Tải video \\(MP4, \\d+ KB\\)", html);
    }
}
