using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Clips;

/// <summary>The test recipe's two clips: a YouTube link (click to load) and an uploaded MP4 with Vietnamese captions.</summary>
public sealed class ClipPlayerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_external_clip_is_a_link_to_the_video_until_a_click_loads_the_nocookie_player()
    {
        var html = await factory.Anonymous().GetStringAsync("/video/clip-so-huu-tri-tue");

        var box = Regex.Match(html, "<div class=\"video-consent\"[^>]*>.*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("data-embed=\"https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1\"", box);
        Assert.Matches("<a class=\"video-start\" href=\"https://www.youtube.com/watch\\?v=abcdefghijk\" rel=\"noopener\" data-load-video>", box);
        Assert.Contains("Xem video<span class=\"visually-hidden\">: Clip sở hữu trí tuệ</span>", box);
        Assert.Matches("<img [^>]*src=\"/media/", box); // our own poster, never YouTube's thumbnail
        Assert.DoesNotContain("<iframe", html);
    }

    [Fact]
    public async Task Nothing_on_an_external_clip_page_loads_from_another_host_before_the_click()
    {
        var response = await factory.Anonymous().GetAsync("/video/clip-so-huu-tri-tue");
        var html = await response.Content.ReadAsStringAsync();

        // Every address the browser fetches by itself (src, srcset, poster, link href) is on this site.
        var fetched = Regex.Matches(html, "\\s(?:src|srcset|poster|data)=\"([^\"]*)\"|<link [^>]*href=\"([^\"]*)\"")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.NotEmpty(fetched);
        Assert.All(fetched, url => Assert.False(url.Contains("//", StringComparison.Ordinal) && !url.StartsWith("http://localhost", StringComparison.Ordinal),
            $"{url} is fetched from another host before the click"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com;", policy);
    }

    [Fact]
    public async Task An_uploaded_clip_plays_with_vietnamese_captions_and_answers_range_requests()
    {
        var html = await factory.Anonymous().GetStringAsync("/video/clip-tieu-chuan-do-luong");

        Assert.Matches("<video class=\"player\" controls preload=\"none\" width=\"320\" height=\"180\" poster=\"/media/[0-9a-f]{64}/\\d+\\.jpg\">", html);
        var source = Regex.Match(html, "<source src=\"(/media/[0-9a-f]{64}/original\\.mp4)\" type=\"video/mp4\">");
        Assert.True(source.Success);
        var track = Regex.Match(html, "<track kind=\"captions\" src=\"(/media/[0-9a-f]{64}/original\\.vtt)\" srclang=\"vi\" label=\"Tiếng Việt\" default>");
        Assert.True(track.Success);
        var captions = await factory.Anonymous().GetAsync(track.Groups[1].Value);
        Assert.Equal("text/vtt", captions.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Sở Khoa học và Công nghệ giới thiệu hoạt động", await captions.Content.ReadAsStringAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, source.Groups[1].Value);
        request.Headers.Range = new RangeHeaderValue(0, 99);
        var part = await factory.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(100, (await part.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Clip_pages_describe_the_video_in_json_ld()
    {
        static JsonElement VideoObject(string html) =>
            Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)
                .Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
                .First(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("@type", out var type) && type.GetString() == "VideoObject");

        var uploaded = VideoObject(await factory.Anonymous().GetStringAsync("/video/clip-tieu-chuan-do-luong"));
        Assert.Matches("^http://localhost/media/[0-9a-f]{64}/original\\.mp4$", uploaded.GetProperty("contentUrl").GetString());
        Assert.Equal("PT4S", uploaded.GetProperty("duration").GetString());

        var external = VideoObject(await factory.Anonymous().GetStringAsync("/video/clip-so-huu-tri-tue"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1", external.GetProperty("embedUrl").GetString());
    }

    [Fact]
    public async Task The_clip_list_pictures_each_clip_with_its_poster_or_poster_frame()
    {
        var html = await factory.Anonymous().GetStringAsync("/video");

        foreach (var title in new[] { "Clip sở hữu trí tuệ", "Clip tiêu chuẩn đo lường" })
        {
            var card = Regex.Match(html, $"<li class=\"card has-picture\">(?:(?!</li>).)*?{Regex.Escape(title)}", RegexOptions.Singleline);
            Assert.True(card.Success, $"{title} has no thumbnail");
            Assert.Matches("<img [^>]*src=\"/media/[0-9a-f]{64}/", card.Value);
        }
    }
}
