using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Media;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;
using static Portal.Tests.Experts.ExpertSelfTestData;

namespace Portal.Tests.Experts;

/// <summary>
/// The optional portrait: uploaded by staff or by the expert through the media pipeline, shown on the public page
/// (and in its JSON-LD) only with display-photo granted, gone from the cached page as soon as that is withdrawn.
/// </summary>
public sealed class ExpertPhotoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Name(string stem) => $"{stem} {Guid.NewGuid():N}";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, byte[] bytes, string fileName, string contentType)
    {
        var token = PortalFactory.FormValue(await client.GetStringAsync(page), "__RequestVerificationToken");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "photo", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"{page}?handler=Photo", form);
    }

    private async Task<ExpertProfile> ProfileAsync(int id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private async Task<MediaItem?> MediaAsync(string? id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
    }

    /// <summary>The portrait's &lt;img&gt; on the anonymous page (null when none) and the page's JSON-LD.</summary>
    private async Task<(AngleSharp.Dom.IElement? Img, string JsonLd)> PublicAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (document.QuerySelector(".expert-photo img"), document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).Single(t => t.Contains("\"Person\"")));
    }

    [Fact]
    public async Task A_staff_upload_shows_only_with_display_photo_and_leaves_the_cached_page_at_once_when_withdrawn()
    {
        var name = Name("Phan Ảnh");
        var expert = await ExpertTestData.PublishAsync(factory, name);
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var upload = await UploadAsync(staff, ExpertPaths.AdminEdit(expert.Id), MediaTestFiles.Jpeg(800, 1000), "chan-dung.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var photoId = (await ProfileAsync(expert.Id)).PhotoMediaId;
        var item = await MediaAsync(photoId);
        Assert.Equal(MediaItem.PortraitFolder, item?.Folder);
        var anonymous = factory.Anonymous();

        var withoutConsent = await PublicAsync(anonymous, expert.Page);
        Assert.Null(withoutConsent.Img);
        Assert.DoesNotContain(item!.Hash, withoutConsent.JsonLd);
        Assert.DoesNotContain("\"image\"", withoutConsent.JsonLd);

        await ExpertTestData.ConsentAsync(factory, expert.Id, ConsentPurposes.DisplayPhoto, true);
        var first = await PublicAsync(anonymous, expert.Page);
        var cached = await PublicAsync(anonymous, expert.Page);
        foreach (var (img, jsonLd) in new[] { first, cached })
        {
            Assert.NotNull(img);
            Assert.Equal(name, img.GetAttribute("alt"));
            Assert.True(int.Parse(img.GetAttribute("width")!) > 0 && int.Parse(img.GetAttribute("height")!) > 0);
            Assert.Contains($"/media/{item.Hash}/", img.GetAttribute("srcset"));
            Assert.Contains("\"image\"", jsonLd);
            Assert.Contains(item.Hash, jsonLd);
        }
        // The original keeps the camera's metadata: it is never served for a portrait, only the presets.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/media/{item.Hash}/original.jpg")).StatusCode);

        await ExpertTestData.ConsentAsync(factory, expert.Id, ConsentPurposes.DisplayPhoto, false);

        var after = await PublicAsync(anonymous, expert.Page);
        Assert.Null(after.Img);
        Assert.DoesNotContain(item.Hash, after.JsonLd);
    }

    [Fact]
    public async Task The_expert_uploads_and_removes_their_own_photo_at_once_and_the_library_keeps_it_while_used()
    {
        var account = await AccountAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(account.Client, Page, null, Form(Name("Tự Ảnh"), ConsentPurposes.Listed, ConsentPurposes.DisplayPhoto))).StatusCode);
        var profile = (await ExpertSelfTestData.ProfileAsync(factory, account.UserId))!;

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(account.Client, Page, MediaTestFiles.Png(300, 300), "toi.png", "image/png")).StatusCode);
        var photoId = (await ProfileAsync(profile.Id)).PhotoMediaId;
        Assert.NotNull(photoId);
        Assert.Contains("Đã lưu ảnh chân dung.", WebUtility.HtmlDecode(await account.Client.GetStringAsync(Page)));
        await using (var scope = factory.Scope())
        {
            var usage = Assert.Single(await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().FindUsagesAsync(photoId));
            Assert.Equal(("experts", profile.Slug), (usage.Module, usage.Id));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(account.Client, Page, MediaTestFiles.Jpeg(400, 400), "moi.jpg", "image/jpeg")).StatusCode);
        var replaced = (await ProfileAsync(profile.Id)).PhotoMediaId;
        Assert.NotEqual(photoId, replaced);
        Assert.Null(await MediaAsync(photoId));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(account.Client, Page, "RemovePhoto", [])).StatusCode);
        Assert.Null((await ProfileAsync(profile.Id)).PhotoMediaId);
        Assert.Null(await MediaAsync(replaced));
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("text")]
    public async Task A_file_that_is_not_a_jpeg_png_or_webp_is_refused_in_vietnamese(string kind)
    {
        var expert = await ExpertTestData.PublishAsync(factory, Name("Từ Chối Ảnh"));
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var bytes = kind == "gif"
            ? MediaTestFiles.Ffmpeg("gif", "-f", "lavfi", "-i", "testsrc2=size=64x64", "-frames:v", "1")
            : "<?php echo 'không phải ảnh'; ?>"u8.ToArray();

        var response = await UploadAsync(staff, ExpertPaths.AdminEdit(expert.Id), bytes, "anh.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(ExpertPaths.AdminEdit(expert.Id)));
        Assert.Contains(ExpertPhotos.NotAnImage, page);
        Assert.DoesNotContain("Đã lưu ảnh chân dung.", page);
        Assert.Null((await ProfileAsync(expert.Id)).PhotoMediaId);
    }

    [Fact]
    public async Task Hostile_posts_get_a_message_or_a_refusal_never_an_error()
    {
        var expert = await ExpertTestData.PublishAsync(factory, Name("Thử Phá"));
        var staff = await factory.SignedInAsync("moderator@test.vn");
        var edit = ExpertPaths.AdminEdit(expert.Id);

        var empty = await PostAsync(staff, edit, "Photo", [new("photo", new string('x', 5000))]);
        var told = WebUtility.HtmlDecode(await staff.GetStringAsync(edit));
        var removeNothing = await PostAsync(staff, edit, "RemovePhoto", [new("photo", "../../etc/passwd")]);
        var member = await factory.SignedInAsync("member@test.vn");
        var memberPost = await PostAsync(member, ExpertSelfPaths.Profile, "Photo", []);
        var strangerRemove = await PostAsync(member, ExpertSelfPaths.Profile, "RemovePhoto", []);
        var forbidden = await member.PostAsync(edit + "?handler=Photo", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Contains("Vui lòng chọn một tệp ảnh", told);
        Assert.Equal(HttpStatusCode.Redirect, removeNothing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberPost.StatusCode);
        Assert.Contains(ExpertSelfTexts.NoProfile, WebUtility.HtmlDecode(await memberPost.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, strangerRemove.StatusCode);
        Assert.True((int)forbidden.StatusCode is 302 or 400 or 403 or 404, $"{(int)forbidden.StatusCode}");
        Assert.Null((await ProfileAsync(expert.Id)).PhotoMediaId);
    }

    [Fact]
    public async Task Erasing_a_profile_on_request_deletes_its_photos_library_item()
    {
        var expert = await ExpertTestData.PublishAsync(factory, Name("Xóa Ảnh"));
        var staff = await factory.SignedInAsync("moderator@test.vn");
        await UploadAsync(staff, ExpertPaths.AdminEdit(expert.Id), MediaTestFiles.Jpeg(200, 200), "a.jpg", "image/jpeg");
        var photoId = (await ProfileAsync(expert.Id)).PhotoMediaId;
        Assert.NotNull(await MediaAsync(photoId));

        await using (var scope = factory.Scope())
        {
            var profile = await factory.Db(scope).Set<ExpertProfile>().SingleAsync(p => p.Id == expert.Id);
            await scope.ServiceProvider.GetRequiredService<Portal.Modules.Experts.Rights.ExpertRights>().EraseAsync(profile, bySelf: true, CancellationToken.None);
            await factory.Db(scope).SaveChangesAsync();
        }

        await using (var scope = factory.Scope())
            Assert.False(await factory.Db(scope).Set<ExpertProfile>().AnyAsync(p => p.Id == expert.Id));
        Assert.Null(await MediaAsync(photoId));
    }
}
