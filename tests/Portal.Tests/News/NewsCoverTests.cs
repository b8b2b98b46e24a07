using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Media;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.News;

/// <summary>A cover chosen from the library reaches the public pages as a responsive &lt;picture&gt;.</summary>
public sealed class NewsCoverTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> PublishNewsAsync(string title, string coverId, string? caption = null) =>
        await factory.SlugAsync(await factory.PublishAsync("news",
            new ContentDraft(title, null, "Tóm tắt", "Nội dung",
                caption is null ? $$"""{"coverMediaId":"{{coverId}}"}""" : $$"""{"coverMediaId":"{{coverId}}","coverCaption":"{{caption}}"}""", null)));

    private async Task<MediaItem> MediaAsync(string id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<MediaItem>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task News_detail_renders_the_chosen_cover_as_a_picture_with_srcset_size_and_alt()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(1600, 900), "le-ky-ket.jpg", alt: "Lễ ký kết hợp tác chuyển giao công nghệ");
        var slug = await PublishNewsAsync("Ký kết chuyển giao công nghệ", uploaded.Id);

        var html = await factory.Anonymous().GetStringAsync($"/tin-tuc/{slug}");

        var picture = Regex.Match(html, "<figure class=\"cover\">\\s*<picture>(.*?)</picture>", RegexOptions.Singleline);
        Assert.True(picture.Success, "no cover <picture> on the page");
        var hash = (await MediaAsync(uploaded.Id)).Hash;
        Assert.Contains($"<source type=\"image/webp\" srcset=\"/media/{hash}/320.webp 320w, /media/{hash}/640.webp 640w, /media/{hash}/960.webp 960w, /media/{hash}/1280.webp 1280w\"", picture.Value);
        Assert.Contains($"/media/{hash}/640.jpg 640w", picture.Value);
        Assert.Contains("width=\"1280\" height=\"720\" alt=\"Lễ ký kết hợp tác chuyển giao công nghệ\"", picture.Value);
        Assert.Contains("fetchpriority=\"high\"", picture.Value);
        Assert.DoesNotContain("loading=\"lazy\"", picture.Value);
        Assert.Contains($"content=\"http://localhost/media/{hash}/1280.jpg\"", html); // og:image
    }

    [Fact]
    public async Task News_list_and_home_show_small_lazy_covers_and_one_high_priority_image()
    {
        var list = await factory.Anonymous().GetStringAsync("/tin-tuc");
        Assert.Matches("<li class=\"card has-picture\">\\s*<picture>", list);
        Assert.Contains("sizes=\"7rem\"", list);
        Assert.Contains("loading=\"lazy\"", list);
        Assert.DoesNotContain("fetchpriority", list);

        var home = await factory.Anonymous().GetStringAsync("/");
        Assert.Single(Regex.Matches(home, "fetchpriority=\"high\""));
        Assert.Contains("sizes=\"5rem\"", home);
        Assert.Matches("<img [^>]*width=\"\\d+\" height=\"\\d+\" alt=\"[^\"]+\"[^>]*loading=\"lazy\"", home);
    }

    [Fact]
    public async Task Where_used_lists_the_news_item_that_has_the_image_as_its_cover()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(800, 450), "bia-tin.jpg", alt: "Bìa tin");
        await PublishNewsAsync("Tin dùng ảnh làm bìa", uploaded.Id);

        var page = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");

        Assert.Contains("Tin dùng ảnh làm bìa", page);
        var refused = await editor.PostAsync($"/admin/thu-vien/{uploaded.Id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_changed_alt_text_shows_at_once_on_the_cached_news_page()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(800, 450), "doi-mo-ta.jpg", alt: "Mô tả ban đầu");
        var slug = await PublishNewsAsync("Tin đổi mô tả ảnh", uploaded.Id);
        var visitor = factory.Anonymous();
        Assert.Contains("alt=\"Mô tả ban đầu\"", await visitor.GetStringAsync($"/tin-tuc/{slug}"));

        var page = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");
        var saved = await editor.PostAsync($"/admin/thu-vien/{uploaded.Id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(page, "Input.Stamp"),
            ["Input.Alt"] = "Mô tả đã sửa", ["Input.IsPublic"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("alt=\"Mô tả đã sửa\"", await visitor.GetStringAsync($"/tin-tuc/{slug}"));
    }

    [Fact]
    public async Task An_item_may_give_its_cover_its_own_caption_and_the_library_caption_is_the_default()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(800, 450), "chu-thich.jpg", alt: "Hội thảo");
        var page = await editor.GetStringAsync($"/admin/thu-vien/{uploaded.Id}");
        var saved = await editor.PostAsync($"/admin/thu-vien/{uploaded.Id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(page, "Input.Stamp"),
            ["Input.Alt"] = "Hội thảo", ["Input.Caption"] = "Chú thích trong thư viện", ["Input.IsPublic"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plain = await PublishNewsAsync("Tin dùng chú thích thư viện", uploaded.Id);
        var own = await PublishNewsAsync("Tin có chú thích riêng", uploaded.Id, "Đại biểu tham quan gian trưng bày");
        var visitor = factory.Anonymous();

        Assert.Matches("<figcaption>Chú thích trong thư viện", await visitor.GetStringAsync($"/tin-tuc/{plain}"));
        var html = await visitor.GetStringAsync($"/tin-tuc/{own}");
        Assert.Matches("<figcaption>Đại biểu tham quan gian trưng bày", html);
        Assert.DoesNotContain("Chú thích trong thư viện", html);
    }
}
