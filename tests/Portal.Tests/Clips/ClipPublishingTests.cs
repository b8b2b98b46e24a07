using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Clips;

/// <summary>A clip goes public only with a video: an uploaded file or a YouTube/Vimeo link, checked on every road in.</summary>
public sealed class ClipPublishingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> EditForm(string html, string externalUrl) => new()
    {
        ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
        ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
        ["Input.FieldsJson"] = PortalFactory.FormValue(html, "Input.FieldsJson"),
        ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
        ["Input.Summary"] = "Tóm tắt", ["Input.Body"] = "Lời thoại",
        ["Input.Fields[externalUrl]"] = externalUrl, ["Input.Fields[channel]"] = "Đài tỉnh",
    };

    [Fact]
    public async Task The_editor_refuses_to_publish_a_clip_without_video_and_says_why()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var (id, slug) = await factory.CreateAsync("clip", "Phóng sự chưa có video " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/admin/noi-dung/{id}";

        var refused = await chief.PostAsync(url + "?handler=Publish", new FormUrlEncodedContent(EditForm(await chief.GetStringAsync(url), "")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Chưa thể đăng video clip: hãy chọn „Tệp video (MP4/WebM)” trong thư viện hoặc nhập liên kết YouTube/Vimeo.",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/video/{slug}")).StatusCode);

        var published = await chief.PostAsync(url + "?handler=Publish", new FormUrlEncodedContent(EditForm(await chief.GetStringAsync(url), "https://vimeo.com/76979871")));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync($"/video/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Scheduling_a_clip_without_video_is_refused_too()
    {
        var (id, _) = await factory.CreateAsync("clip", "Phóng sự hẹn giờ " + Guid.NewGuid().ToString("N")[..6]);
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();

        var result = await manager.ScheduleAsync(id, await factory.StampAsync(id), factory.Clock.UtcNow.AddDays(1), TestContent.Editor);

        Assert.False(result.Succeeded);
        Assert.Equal("Fields[videoMediaId]", result.Field);
    }

    [Theory]
    [InlineData("https://www.dailymotion.com/video/x7tgad0")]
    [InlineData("https://www.youtube.com/watch?v=ngan")]
    [InlineData("https://youtube.com.example.net/watch?v=dQw4w9WgXcQ")]
    public async Task Links_other_than_youtube_or_vimeo_videos_are_refused_on_save(string link)
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var (id, _) = await factory.CreateAsync("clip", "Phóng sự liên kết lạ " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/admin/noi-dung/{id}";

        var refused = await chief.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(EditForm(await chief.GetStringAsync(url), link)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("phải là liên kết tới một video YouTube", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_recipe_cannot_publish_a_clip_without_video()
    {
        const string recipe = """
            { "name": "clip", "steps": [ { "name": "content", "items": [
              { "id": "clip-khong-video", "type": "clip", "title": "Clip không có video", "fields": { "channel": "Đài tỉnh" }, "state": "published" } ] } ] }
            """;
        await using var scope = factory.Scope();
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(recipe));

        var error = await Assert.ThrowsAsync<RecipeException>(() => scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(stream, "clip.json", null));

        Assert.Contains("fields[videoMediaId]", error.Message);
        Assert.Contains("Chưa thể đăng video clip", error.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/video/clip-khong-co-video")).StatusCode);
    }
}
