using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Documents;

/// <summary>A document reaches the public only with its file: drafts may wait for it, publishing and scheduling may not.</summary>
public sealed class DocumentAttachmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string WithoutFile = """{"number":"5/CV-THU","kind":"cong-van","issuer":"Sở Khoa học và Công nghệ","issuedDate":"2024-02-02"}""";

    [Fact]
    public async Task A_draft_without_a_file_is_saved_but_cannot_be_published_or_scheduled()
    {
        var (id, slug) = await factory.CreateAsync("document", "Công văn chưa có tệp " + Guid.NewGuid().ToString("N")[..6], WithoutFile);

        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var published = await manager.PublishAsync(id, await factory.StampAsync(id), TestContent.Editor);
        var scheduled = await manager.ScheduleAsync(id, await factory.StampAsync(id), factory.Clock.UtcNow.AddDays(1), TestContent.Editor);

        Assert.False(published.Succeeded);
        Assert.Equal("Fields[fileMediaId]", published.Field);
        Assert.Equal("Chưa thể đăng văn bản: hãy chọn „Tệp văn bản” rồi lưu trước khi đăng hoặc hẹn giờ đăng.", published.Error);
        Assert.False(scheduled.Succeeded);
        Assert.Equal(published.Error, scheduled.Error);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync($"/van-ban/{slug}")).StatusCode);
    }

    [Fact]
    public async Task The_editor_says_in_Vietnamese_that_the_file_is_missing_and_publishes_once_it_is_chosen()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var title = "Công văn soạn thử " + Guid.NewGuid().ToString("N")[..6];
        var (id, slug) = await factory.CreateAsync("document", title, WithoutFile);
        var editUrl = $"/admin/noi-dung/{id}";

        var refused = await PostPublishAsync(chief, editUrl, title, file: "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Chưa thể đăng văn bản: hãy chọn „Tệp văn bản”", System.Net.WebUtility.HtmlDecode(html));

        var accepted = await PostPublishAsync(chief, editUrl, title, file: DocumentListTests.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await factory.Anonymous().GetStringAsync($"/van-ban/{slug}");
        Assert.Matches(@"Tải văn bản <span class=""file-size"">\(PDF, [0-9,]+ (KB|MB)\)</span>", page);
    }

    private static async Task<HttpResponseMessage> PostPublishAsync(HttpClient client, string editUrl, string title, string file)
    {
        var html = await client.GetStringAsync(editUrl);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
            ["Input.FieldsJson"] = PortalFactory.FormValue(html, "Input.FieldsJson"),
            ["Input.Title"] = title, ["Input.Summary"] = "Tóm tắt", ["Input.Body"] = "Nội dung",
            ["Input.Fields[number]"] = "5/CV-THU", ["Input.Fields[kind]"] = "cong-van", ["Input.Fields[issuer]"] = "Sở Khoa học và Công nghệ",
            ["Input.Fields[issuedDate]"] = "2024-02-02", ["Input.Fields[fileMediaId]"] = file,
        };
        return await client.PostAsync(editUrl + "?handler=Publish", new FormUrlEncodedContent(form));
    }
}
