using Portal.Modules.Audit;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>Archived: taken off the site like an unpublished item, kept for the record, and publishable again.</summary>
public sealed class ArchiveWorkflowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, string id, string handler)
    {
        var html = await client.GetStringAsync($"/admin/noi-dung/{id}");
        return await client.PostAsync($"/admin/noi-dung/{id}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
            ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
            ["Input.Title"] = PortalFactory.FormValue(html, "Input.Title"),
            ["Input.Slug"] = PortalFactory.FormValue(html, "Input.Slug"),
            ["Input.FieldsJson"] = PortalFactory.FormValue(html, "Input.FieldsJson"),
            ["Input.Summary"] = "Tóm tắt", ["Input.Body"] = "Nội dung thử.",
        }));
    }

    private async Task<(List<ContentVersion> Versions, List<string> Actions)> HistoryAsync(string id)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        return (await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ContentItemId == id).OrderBy(v => v.Number).ToListAsync(),
            await db.Set<AuditEntry>().Where(a => a.Module == ContentAudit.Module && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Archiving_a_published_item_takes_it_off_the_site_and_keeps_it_in_the_admin()
    {
        var (id, slug) = await factory.PublishedAsync("news", "Bài cũ sẽ lưu trữ");
        var anonymous = factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/tin-tuc/" + slug)).StatusCode);
        var chief = await factory.SignedInAsync("chief@test.vn");

        var archived = await PostStepAsync(chief, id, "Archive");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var (versions, actions) = await HistoryAsync(id);
        Assert.Equal(ContentState.Archived, versions.Single(v => v.Latest).State);
        Assert.DoesNotContain(versions, v => v.Published);
        Assert.Equal("archived", actions[^1]);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/tin-tuc/" + slug)).StatusCode);
        Assert.DoesNotContain("Bài cũ sẽ lưu trữ", await anonymous.GetStringAsync("/tin-tuc"));
        Assert.DoesNotContain("Bài cũ sẽ lưu trữ", await anonymous.GetStringAsync("/rss"));
        var adminList = await chief.GetStringAsync("/admin/noi-dung?State=Archived");
        Assert.Contains("Bài cũ sẽ lưu trữ", adminList);
        Assert.Contains("Lưu trữ", adminList);
    }

    [Fact]
    public async Task An_archived_item_can_be_published_again()
    {
        var (id, slug) = await factory.PublishedAsync("news", "Bài lưu trữ rồi đăng lại");
        await factory.RunAsync(id, (m, s) => m.ArchiveAsync(id, s, TestContent.Editor));
        var chief = await factory.SignedInAsync("chief@test.vn");

        var published = await PostStepAsync(chief, id, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/" + slug)).StatusCode);
        var (versions, actions) = await HistoryAsync(id);
        Assert.Equal(ContentState.Published, versions.Single(v => v.Published).State);
        Assert.Equal(["created", "published", "archived"], actions[..3]);
        Assert.Equal("published", actions[^1]); // the form's text is saved as a new version first, then published
    }

    [Fact]
    public async Task A_draft_that_was_never_published_can_be_archived()
    {
        var (id, _) = await factory.CreateAsync("news", "Bản nháp bỏ đi");
        await factory.RunAsync(id, (m, s) => m.ArchiveAsync(id, s, TestContent.Editor));
        Assert.Equal(ContentState.Archived, (await HistoryAsync(id)).Versions.Single().State);
    }

    [Fact]
    public async Task An_editor_cannot_archive()
    {
        var (id, slug) = await factory.PublishedAsync("news", "Bài biên tập viên không lưu trữ được");
        var editor = await factory.SignedInAsync("editor@test.vn");

        var refused = await PostStepAsync(editor, id, "Archive");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/khong-co-quyen", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/" + slug)).StatusCode);
    }
}
