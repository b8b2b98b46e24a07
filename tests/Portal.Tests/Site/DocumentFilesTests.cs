using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>Bulletins and publications of the test recipe show their library files (no cover chosen: the PDF's first page).</summary>
public sealed class DocumentFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/ban-tin/so-3-2024", "Bìa bản tin số 3/2024", "Tải bản PDF")]
    [InlineData("/an-pham/so-tay-phong-chong-thien-tai", "Bìa ấn phẩm Sổ tay phòng chống thiên tai", "Tải ấn phẩm")]
    public async Task Without_a_cover_the_page_shows_the_pdf_first_page_and_a_download_with_its_size(string path, string alt, string download)
    {
        var html = await factory.Anonymous().GetStringAsync(path);

        Assert.Matches($"<div class=\"doc-cover\"><picture><source type=\"image/webp\" srcset=\"/media/[0-9a-f]{{64}}/320.webp 320w[^\"]*\"[^>]*>" +
            $"<img [^>]*width=\"\\d+\" height=\"\\d+\" alt=\"{Regex.Escape(alt)}\" fetchpriority=\"high\">", html);
        Assert.Matches($"<a class=\"button primary\" href=\"/media/[0-9a-f]{{64}}/original.pdf\" download>{download} <span class=\"file-size\">\\(PDF, \\d+ KB\\)</span></a>", html);
    }

    [Theory]
    [InlineData("/ban-tin")]
    [InlineData("/an-pham")]
    [InlineData("/video")]
    public async Task Lists_show_a_thumbnail_per_item_with_a_file(string path)
    {
        var html = await factory.Anonymous().GetStringAsync(path);

        Assert.Matches("<li class=\"card has-picture\">\\s*<picture>.*?<img [^>]*sizes=\"7rem\" width=\"\\d+\" height=\"\\d+\"", html);
    }

    [Fact]
    public async Task A_bulletin_shows_its_pdf_in_the_page_on_request_and_the_pdf_may_be_framed_by_the_site_only()
    {
        var client = factory.Anonymous();
        var page = await client.GetAsync("/ban-tin/so-3-2024");
        var html = await page.Content.ReadAsStringAsync();

        var viewer = Regex.Match(html, "<details class=\"pdf-view\">\\s*<summary>Xem bản PDF ngay trên trang</summary>\\s*<iframe src=\"(/media/[0-9a-f]{64}/original.pdf)\" title=\"Bản PDF xem trên trang\" loading=\"lazy\"></iframe>");
        Assert.True(viewer.Success, "no PDF viewer on the bulletin page");
        Assert.Contains("frame-src 'self' ", page.Headers.GetValues("Content-Security-Policy").Single());

        var pdf = await client.GetAsync(viewer.Groups[1].Value);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("frame-ancestors 'self'", pdf.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", pdf.Headers.GetValues("X-Frame-Options").Single());
    }
}
