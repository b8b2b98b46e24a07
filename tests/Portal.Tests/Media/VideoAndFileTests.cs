using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media;
using Portal.Modules.Media.Imaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class VideoAndFileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_clip_upload_gets_its_duration_size_and_poster()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Clip(3), "phong-su.mp4", alt: null);
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);

        await using var scope = factory.Scope();
        var item = await factory.Db(scope).Set<MediaItem>().SingleAsync(m => m.Id == uploaded.Id);
        Assert.Equal(MediaKind.Video, item.Kind);
        Assert.Equal("video/mp4", item.Mime);
        Assert.InRange(item.DurationSeconds!.Value, 2.9, 3.1);
        Assert.Equal((320, 240), (item.Width, item.Height));

        var view = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().GetAsync(uploaded.Id);
        Assert.Equal($"/media/{uploaded.Hash}/320.jpg", view!.PosterUrl);
        var poster = await factory.Anonymous().GetByteArrayAsync(view.PosterUrl);
        Assert.Equal((320, 240), VipsImaging.ReadHeader(poster));
    }

    [Fact]
    public async Task A_webm_clip_is_accepted_and_a_broken_clip_is_refused_without_files()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var webm = MediaTestFiles.Ffmpeg("webm", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=1", "-c:v", "libvpx", "-b:v", "200k", "-deadline", "realtime");
        var uploaded = await MediaUploads.UploadAsync(editor, webm, "ngan.webm", alt: null);
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);
        Assert.EndsWith("/original.webm", uploaded.Url);

        var stored = Directory.GetFiles(Path.Combine(factory.Database.DataFolder, "media"), "*", SearchOption.AllDirectories).Length;
        var clip = MediaTestFiles.Clip(1);
        // The ftyp box survives, the rest is noise: the type is right, the content is not.
        var broken = clip[..32].Concat(Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))).ToArray();
        var refused = await MediaUploads.UploadAsync(editor, broken, "hong.mp4", alt: null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("bị hỏng", refused.Detail);
        Assert.Equal(stored, Directory.GetFiles(Path.Combine(factory.Database.DataFolder, "media"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Range_requests_return_206_with_the_right_bytes()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var clip = MediaTestFiles.Clip(2);
        var uploaded = await MediaUploads.UploadAsync(editor, clip, "tua-nhanh.mp4", alt: null);

        var request = new HttpRequestMessage(HttpMethod.Get, uploaded.Url);
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        var response = await factory.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 1000-1999/{clip.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(clip[1000..2000], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("video/mp4", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
    }

    [Fact]
    public async Task Webvtt_captions_attach_to_a_clip()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var clip = await MediaUploads.UploadAsync(editor, MediaTestFiles.Clip(1), "co-phu-de.mp4", alt: null);
        var captions = await MediaUploads.UploadAsync(editor, "WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n"u8.ToArray(), "phu-de.vtt", alt: null);
        var form = await editor.GetStringAsync($"/admin/thu-vien/{clip.Id}");
        Assert.Contains("phu-de.vtt", form);

        var saved = await editor.PostAsync($"/admin/thu-vien/{clip.Id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(form, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(form, "Input.Stamp"),
            ["Input.Caption"] = "Phóng sự", ["Input.CaptionsId"] = captions.Id, ["Input.IsPublic"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var scope = factory.Scope();
        var view = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().GetAsync(clip.Id);
        Assert.Equal(captions.Url, view!.CaptionsUrl);
        var track = await factory.Anonymous().GetAsync(view.CaptionsUrl);
        Assert.Equal("text/vtt", track.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Xin chào", await track.Content.ReadAsStringAsync());
        Assert.Contains("<track kind=\"captions\"", await editor.GetStringAsync($"/admin/thu-vien/{clip.Id}"));
    }

    [Fact]
    public async Task A_pdf_gets_a_first_page_thumbnail()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Pdf(), "ban-tin-so-1.pdf", alt: null);
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);

        var thumbnail = await factory.Anonymous().GetByteArrayAsync($"/media/{uploaded.Hash}/320.webp");
        var (width, height) = VipsImaging.ReadHeader(thumbnail);
        Assert.Equal(320, width);
        Assert.InRange(height, 450, 455); // A4 portrait
        var original = await factory.Anonymous().GetAsync(uploaded.Url);
        Assert.Equal("application/pdf", original.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Office_documents_are_recognised_inside_their_zip()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var docx = OfficeZip("word/document.xml");
        var uploaded = await MediaUploads.UploadAsync(editor, docx, "ke-hoach.docx", alt: null);
        Assert.Equal(HttpStatusCode.Created, uploaded.Status);
        var download = await factory.Anonymous().GetAsync(uploaded.Url);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        var plainZip = OfficeZip("readme.txt");
        Assert.Equal(HttpStatusCode.BadRequest, (await MediaUploads.UploadAsync(editor, plainZip, "ke-hoach.xlsx", alt: null)).Status);
    }

    private static byte[] OfficeZip(string part)
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", part })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }
        return stream.ToArray();
    }
}
