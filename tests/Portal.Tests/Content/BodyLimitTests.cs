using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Text;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>
/// The audit's crash payloads against every road a body takes into the renderer. Each request must end well
/// within <see cref="Guard"/>: a generous ceiling that only a hang or minutes of CPU would reach, not a timing assert.
/// </summary>
public sealed class BodyLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> RefusedPayloads => new()
    {
        { "div × 50.000", nameof(MarkdownLimit.TooLong) },
        { "div × 40.000", nameof(MarkdownLimit.HtmlTooDeep) },
        { "[ × 50.000", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "> × 20.000", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "- × 10.000 then text", nameof(MarkdownLimit.MarkdownTooDeep) },
        { "pipe table of 30.000 rows", nameof(MarkdownLimit.TooManyTags) },
    };

    public static TheoryData<string> AcceptedPayloads => ["p × 20.000", "- × 10.000"];

    private static string MessageFor(string limit) => ContentTexts.BodyRefused(Enum.Parse<MarkdownLimit>(limit));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> form)
    {
        var response = await client.PostAsync(url, new FormUrlEncodedContent(form)).WaitAsync(Guard);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        return response;
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient client, string token, string title, string body) =>
        PostAsync(client, "/admin/noi-dung/tao/news", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = title, ["Input.Body"] = body, ["Input.FieldsJson"] = "{}",
        });

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string url, string body)
    {
        var html = await client.GetStringAsync(url);
        return await PostAsync(client, url + "?handler=Save", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["Input.FieldsJson"] = "{}",
            ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
            ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
            ["Input.Summary"] = "",
            ["Input.Body"] = body,
        });
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, string body)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/admin/noi-dung/tao/news");
        return await PostAsync(client, "/admin/api/xem-truoc", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["markdown"] = body });
    }

    private async Task<string> LatestBodyAsync(string url)
    {
        await using var scope = factory.Scope();
        var id = url.Split('/').Last();
        return await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.Latest).Select(v => v.BodyMarkdown).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(RefusedPayloads))]
    public async Task Creating_an_item_with_a_crash_payload_shows_the_vietnamese_message_on_the_form(string payload, string limit)
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news");
        var title = "Bài tạo với " + payload;

        var response = await CreateAsync(editor, token, title, CrashPayloads.Body(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(MessageFor(limit), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<ContentVersion>().AnyAsync(v => v.Title == title));
    }

    [Theory]
    [MemberData(nameof(RefusedPayloads))]
    public async Task Saving_a_crash_payload_shows_the_vietnamese_message_and_keeps_the_saved_body(string payload, string limit)
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var created = await CreateAsync(editor, await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news"), "Bài sửa với " + payload, "Bản đầu");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;

        var response = await SaveAsync(editor, url, CrashPayloads.Body(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(MessageFor(limit), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal("Bản đầu", await LatestBodyAsync(url));
    }

    [Theory]
    [MemberData(nameof(RefusedPayloads))]
    public async Task Previewing_a_crash_payload_answers_a_vietnamese_problem(string payload, string limit)
    {
        var editor = await factory.SignedInAsync("editor@test.vn");

        var response = await PreviewAsync(editor, CrashPayloads.Body(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ContentTexts.PreviewTitle, problem.GetProperty("title").GetString());
        Assert.Equal(MessageFor(limit), problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(AcceptedPayloads))]
    public async Task Payloads_that_once_stalled_the_sanitizer_now_save_and_preview(string payload)
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var created = await CreateAsync(editor, await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news"), "Bài chấp nhận " + payload, "Bản đầu");
        var url = created.Headers.Location!.OriginalString;

        var saved = await SaveAsync(editor, url, CrashPayloads.Body(payload));
        var preview = await PreviewAsync(editor, CrashPayloads.Body(payload));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(CrashPayloads.Body(payload), await LatestBodyAsync(url));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task A_body_past_the_form_value_limit_is_refused_without_a_server_error()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var body = new string('a', 5_000_000); // past ASP.NET Core's 4 MB form value limit

        var preview = await PreviewAsync(editor, body);
        var created = await CreateAsync(editor, await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news"), "Bài quá dài", body);

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
    }
}
