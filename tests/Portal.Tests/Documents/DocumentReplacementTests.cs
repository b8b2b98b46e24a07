using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Audit;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Documents;

/// <summary>Publishing a document that replaces another's number turns the replaced one "Bị thay thế", in the same transaction.</summary>
public sealed class DocumentReplacementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string Fields(string number, string extra = "") =>
        $$"""{"number":"{{number}}","kind":"quyet-dinh","issuer":"Sở thử thay thế","issuedDate":"2024-05-05","fileMediaId":"{{DocumentListTests.Pdf}}"{{extra}}}""";

    private async Task<string?> ValidityAsync(string id, bool published)
    {
        await using var scope = factory.Scope();
        var json = await factory.Db(scope).Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentItemId == id && (published ? v.Published : v.Latest)).Select(v => v.FieldsJson).SingleAsync();
        return new ContentFieldValues(json).String("validity");
    }

    [Fact]
    public async Task Publishing_the_replacing_document_marks_the_old_one_replaced_on_its_page_and_in_the_list()
    {
        var code = Unique();
        var (oldId, oldSlug) = await factory.PublishedAsync("document", "Quyết định cũ " + code, Fields($"1/QĐ-{code}"));
        var before = await factory.Anonymous().GetStringAsync($"/van-ban/{oldSlug}"); // now in the output cache
        Assert.DoesNotContain("Bị thay thế bởi", before);

        var (_, newSlug) = await factory.PublishedAsync("document", "Quyết định mới " + code, Fields($"2/QĐ-{code}", $$""","replaces":"1/QĐ-{{code}}" """));

        Assert.Equal("bi-thay-the", await ValidityAsync(oldId, published: true));
        var page = await factory.Anonymous().GetStringAsync($"/van-ban/{oldSlug}");
        Assert.Contains($"<dt>Bị thay thế bởi</dt><dd><a href=\"/van-ban/{newSlug}\">Văn bản số 2/QĐ-{code}</a></dd>", page);
        var list = await factory.Anonymous().GetStringAsync($"/van-ban?hieu-luc=bi-thay-the&q={Uri.EscapeDataString($"1/QĐ-{code}")}");
        Assert.Contains($"href=\"/van-ban/{oldSlug}\"", list);
        Assert.Contains($"bởi <a href=\"/van-ban/{newSlug}\">văn bản số 2/QĐ-{code}</a>", list);

        await using var scope = factory.Scope();
        var entry = await factory.Db(scope).Set<AuditEntry>().AsNoTracking().SingleAsync(a => a.EntityId == oldId && a.Action == "replaced");
        Assert.Equal($"bị thay thế bởi văn bản số 2/QĐ-{code}", entry.Detail);
        var history = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync($"/admin/noi-dung/{oldId}/lich-su");
        Assert.Contains($"chuyển sang „Bị thay thế”", System.Net.WebUtility.HtmlDecode(history));
    }

    [Fact]
    public async Task A_scheduled_replacing_document_marks_the_old_one_when_the_job_publishes_it()
    {
        var code = Unique();
        var (oldId, _) = await factory.PublishedAsync("document", "Kế hoạch cũ " + code, Fields($"3/KH-{code}"));
        var (newId, _) = await factory.CreateAsync("document", "Kế hoạch mới " + code, Fields($"4/KH-{code}", $$""","replaces":"3/KH-{{code}}" """));
        await factory.RunAsync(newId, (m, s) => m.ScheduleAsync(newId, s, factory.Clock.UtcNow.AddHours(1), TestContent.Editor));
        Assert.Null(await ValidityAsync(oldId, published: true));

        await using (var scope = factory.Scope())
            await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == newId)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.ScheduledUtc, factory.Clock.UtcNow.AddMinutes(-1)));
        await using (var scope = factory.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync() >= 1);

        Assert.Equal("bi-thay-the", await ValidityAsync(oldId, published: true));
    }

    [Fact]
    public async Task The_validity_set_back_by_hand_stays_when_the_replacing_document_is_edited_again()
    {
        var code = Unique();
        var (oldId, _) = await factory.PublishedAsync("document", "Công văn cũ " + code, Fields($"5/CV-{code}"));
        // The replaced document has a newer draft: it is marked too, so publishing the draft keeps the status.
        await factory.RunAsync(oldId, (m, s) => m.SaveDraftAsync(oldId, s, new ContentDraft("Công văn cũ (sửa) " + code, null, "", "Sửa.", Fields($"5/CV-{code}")), TestContent.Editor));
        var (newId, _) = await factory.PublishedAsync("document", "Công văn mới " + code, Fields($"6/CV-{code}", $$""","replaces":"5/CV-{{code}}" """));
        Assert.Equal("bi-thay-the", await ValidityAsync(oldId, published: true));
        Assert.Equal("bi-thay-the", await ValidityAsync(oldId, published: false));

        await factory.RunAsync(oldId, (m, s) => m.SaveDraftAsync(oldId, s, new ContentDraft("Công văn cũ " + code, null, "", "Vẫn áp dụng.", Fields($"5/CV-{code}", ""","validity":"con-hieu-luc" """)), TestContent.Editor));
        await factory.RunAsync(oldId, (m, s) => m.PublishAsync(oldId, s, TestContent.Editor));
        await factory.RunAsync(newId, (m, s) => m.SaveDraftAsync(newId, s, new ContentDraft("Công văn mới (sửa) " + code, null, "", "Sửa.", Fields($"6/CV-{code}", $$""","replaces":"5/CV-{{code}}" """)), TestContent.Editor));
        await factory.RunAsync(newId, (m, s) => m.PublishAsync(newId, s, TestContent.Editor));

        Assert.Equal("con-hieu-luc", await ValidityAsync(oldId, published: true));
    }

    [Fact]
    public async Task An_editor_form_open_on_the_replaced_document_is_stale_after_the_replacement()
    {
        var code = Unique();
        var (oldId, _) = await factory.PublishedAsync("document", "Thông báo cũ " + code, Fields($"7/TB-{code}"));
        Guid stamp;
        await using (var scope = factory.Scope())
            stamp = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == oldId).Select(i => i.Stamp).SingleAsync();

        await factory.PublishedAsync("document", "Thông báo mới " + code, Fields($"8/TB-{code}", $$""","replaces":"7/TB-{{code}}" """));

        await using var check = factory.Scope();
        var saved = await check.ServiceProvider.GetRequiredService<ContentManager>()
            .SaveDraftAsync(oldId, stamp, new ContentDraft("Thông báo cũ " + code, null, "", "Sửa.", Fields($"7/TB-{code}")), TestContent.Editor);
        Assert.True(saved.Conflict);
    }
}
