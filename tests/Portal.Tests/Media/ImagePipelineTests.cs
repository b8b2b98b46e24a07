using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media;
using Portal.Modules.Media.Imaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class ImagePipelineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Upload_makes_every_preset_width_in_webp_and_jpeg_with_the_right_size()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(1600, 1200), "cau-rong.jpg");
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);

        foreach (var width in new[] { 320, 640, 960, 1280 })
        {
            foreach (var (format, sniffed) in new[] { ("webp", "image/webp"), ("jpg", "image/jpeg") })
            {
                var response = await factory.Anonymous().GetAsync($"/media/{uploaded.Hash}/{width}.{format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
                var bytes = await response.Content.ReadAsByteArrayAsync();
                Assert.Equal(sniffed, FileSniffer.SniffHeader(bytes)!.Mime);
                Assert.Equal((width, width * 3 / 4), VipsImaging.ReadHeader(bytes));
            }
        }
        // No upscaling: 1600 px wide is not a preset, and the next width up does not exist.
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Anonymous().GetAsync($"/media/{uploaded.Hash}/1920.webp")).StatusCode);
    }

    [Fact]
    public async Task Outputs_carry_no_exif_or_gps_and_the_orientation_is_applied()
    {
        var photo = MediaTestFiles.WithExifGps(MediaTestFiles.Jpeg(400, 300));
        Assert.Contains("exif-ifd3-GPSLatitudeRef", MediaTestFiles.Metadata(photo)); // the fixture really carries GPS

        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, photo, "dien-thoai.jpg");
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);

        // Orientation 6 turns 400 × 300 into 300 × 400: only the 300-wide picture (no upscaling) exists.
        foreach (var format in new[] { "webp", "jpg" })
        {
            var bytes = await factory.Anonymous().GetByteArrayAsync($"/media/{uploaded.Hash}/300.{format}");
            Assert.Equal((300, 400), VipsImaging.ReadHeader(bytes));
            var metadata = MediaTestFiles.Metadata(bytes);
            Assert.DoesNotContain("exif-", metadata);
            Assert.DoesNotContain("GPS", metadata);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif\0\0"u8));
            if (format == "webp")
                Assert.Equal((-1, -1), (bytes.AsSpan().IndexOf("EXIF"u8), bytes.AsSpan().IndexOf("XMP "u8))); // RIFF chunks
        }
    }

    [Fact]
    public async Task Unsigned_resize_url_is_refused_and_a_signed_one_is_served()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(1200, 900), "hoi-thao.jpg");
        var anonymous = factory.Anonymous();

        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/media/{uploaded.Hash}/500.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/media/{uploaded.Hash}/500.webp?s=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode);

        await using var scope = factory.Scope();
        var url = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().ImageUrlAsync(uploaded.Id, 500);
        Assert.StartsWith($"/media/{uploaded.Hash}/500.webp?s=", url);
        // A signature is bound to its width and format.
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(url!.Replace("500.webp", "501.webp"))).StatusCode);

        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((500, 375), VipsImaging.ReadHeader(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Concurrent_requests_for_one_new_size_do_one_resize()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(2000, 1500), "toan-canh.jpg");
        await using var scope = factory.Scope();
        var url = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().ImageUrlAsync(uploaded.Id, 777, "jpg");
        var resizer = factory.Services.GetRequiredService<OnDemandResizer>();
        var before = resizer.ResizesPerformed;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.Anonymous().GetAsync(url)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(777, VipsImaging.ReadHeader(bodies[0]).Width);
        Assert.Equal(before + 1, resizer.ResizesPerformed);
    }

    [Fact]
    public async Task Picture_has_webp_sources_a_jpeg_fallback_and_dimensions()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Png(1000, 500), "so-do.png", alt: "Sơ đồ quy trình");
        await using var scope = factory.Scope();
        var picture = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().GetPictureAsync(uploaded.Id);

        Assert.NotNull(picture);
        Assert.Equal("Sơ đồ quy trình", picture.Alt);
        Assert.Equal((960, 480), (picture.Width, picture.Height));
        var source = Assert.Single(picture.Sources);
        Assert.Equal("image/webp", source.Type);
        Assert.Contains($"/media/{uploaded.Hash}/320.webp 320w", source.Srcset);
        Assert.Contains($"/media/{uploaded.Hash}/960.webp 960w", source.Srcset);
        Assert.Equal($"/media/{uploaded.Hash}/640.jpg", picture.Src);
    }
}

public sealed class AvifPresetTests(AvifPresetTests.AvifFactory factory) : IClassFixture<AvifPresetTests.AvifFactory>
{
    [Fact]
    public async Task With_avif_on_presets_include_avif_first_in_the_picture()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.WithExifGps(MediaTestFiles.Jpeg(700, 500)), "avif.jpg");

        var bytes = await factory.Anonymous().GetByteArrayAsync($"/media/{uploaded.Hash}/320.avif");
        Assert.Equal("image/avif", FileSniffer.SniffHeader(bytes)!.Mime);
        Assert.DoesNotContain("exif-", MediaTestFiles.Metadata(bytes));
        await using var scope = factory.Scope();
        var picture = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().GetPictureAsync(uploaded.Id);
        Assert.Equal(["image/avif", "image/webp"], picture!.Sources.Select(s => s.Type));
    }

    public sealed class AvifFactory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:Avif", "true");
        }
    }
}
