using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class UploadSafetyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private string MediaFolder => Path.Combine(factory.Database.DataFolder, "media");

    private string[] StoredFiles() =>
        Directory.Exists(MediaFolder) ? Directory.GetFiles(MediaFolder, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_decompression_bomb_is_refused_by_its_declared_size()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var bomb = MediaTestFiles.PngBomb(60_000, 60_000);
        Assert.True(bomb.Length < 100_000);

        var uploaded = await MediaUploads.UploadAsync(editor, bomb, "bom.png");

        Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
        Assert.Contains("60000 × 60000", uploaded.Detail);
        Assert.Contains("vượt giới hạn", uploaded.Detail);
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_by_its_content()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var before = StoredFiles().Length;
        var elf = await File.ReadAllBytesAsync("/bin/true");
        var windows = "MZ"u8.ToArray().Concat(new byte[510]).ToArray();

        foreach (var (bytes, name) in new[] { (elf, "anh-dep.jpg"), (windows, "bao-cao.pdf") })
        {
            var uploaded = await MediaUploads.UploadAsync(editor, bytes, name, contentType: "image/jpeg");
            Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
            Assert.Contains($"„{name}” không thuộc loại được phép", uploaded.Detail);
        }
        Assert.Equal(before, StoredFiles().Length);
    }

    [Fact]
    public async Task Svg_is_refused_with_a_clear_message()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();

        var uploaded = await MediaUploads.UploadAsync(editor, svg, "logo.svg", contentType: "image/svg+xml");

        Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
        Assert.Contains("SVG", uploaded.Detail);
        Assert.Equal("application/problem+json", (await UploadContentTypeAsync(editor, svg)));
    }

    [Fact]
    public async Task A_truncated_jpeg_is_refused_and_leaves_no_file()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var jpeg = MediaTestFiles.Jpeg(800, 600);
        var before = StoredFiles();

        var uploaded = await MediaUploads.UploadAsync(editor, jpeg[..(jpeg.Length * 2 / 3)], "bi-cat.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
        Assert.Contains("bị hỏng hoặc không đầy đủ", uploaded.Detail);
        Assert.Equal(before, StoredFiles());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<MediaItem>().AnyAsync(m => m.FileName == "bi-cat.jpg"));
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(300, 200), "khong-mo-ta.jpg", alt: " ");
        Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
        Assert.Contains("mô tả ảnh", uploaded.Detail);
    }

    [Fact]
    public async Task Size_limits_apply_per_type()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        // Captions may be 1 MB (Media:MaxCaptionsBytes); the same bytes would be a small image or PDF.
        var captions = System.Text.Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:01.000\n" + new string('a', 1_100_000) + "\n");

        var uploaded = await MediaUploads.UploadAsync(editor, captions, "phu-de.vtt");

        Assert.Equal(HttpStatusCode.BadRequest, uploaded.Status);
        Assert.Contains("quá lớn: tối đa 1 MB", uploaded.Detail);
        Assert.Equal(HttpStatusCode.Created, (await MediaUploads.UploadAsync(editor, "WEBVTT\n\n00:00.000 --> 00:01.000\nNgắn\n"u8.ToArray(), "ngan.vtt")).Status);
    }

    [Fact]
    public async Task Path_traversal_in_media_urls_answers_404()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(400, 300), "duong-dan.jpg");
        var anonymous = factory.Anonymous();
        string[] urls =
        [
            "/media/..%2F..%2Fportal.db/320.webp",
            "/media/%2e%2e%2f%2e%2e%2fportal.db/320.webp",
            $"/media/{uploaded.Hash}/..%2F..%2F..%2Fmedia-signing.key",
            $"/media/{uploaded.Hash}/320.webp%2F..%2F..%2Foriginal",
            $"/media/{uploaded.Hash}/original.jpg%20.webp",
            $"/media/i/{uploaded.Id}/..%2F400.webp",
            "/media/i/..%2F..%2Fkeys/320.webp",
            $"/media/{uploaded.Hash.ToUpperInvariant()}/320.webp",
        ];
        foreach (var url in urls)
            Assert.True(HttpStatusCode.NotFound == (await anonymous.GetAsync(url)).StatusCode, url);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/media/{uploaded.Hash}/320.webp")).StatusCode);
    }

    private static async Task<string?> UploadContentTypeAsync(HttpClient client, byte[] bytes)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/thu-vien");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "x.svg" }, { new StringContent(token), "__RequestVerificationToken" } };
        return (await client.PostAsync("/admin/api/media", form)).Content.Headers.ContentType?.MediaType;
    }
}
