using Portal.Modules.Audit;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

public sealed class ContentWorkflowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");

    private async Task<string> CreateNewsAsync(string title)
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var (result, id) = await manager.CreateAsync("news", "vi", new ContentDraft(title, null, "Tóm tắt", "Thân **bài**"), Editor);
        Assert.True(result.Succeeded, result.Error);
        return id!;
    }

    private async Task<ContentResult> RunAsync(string id, Func<ContentManager, Guid, Task<ContentResult>> step)
    {
        await using var scope = factory.Scope();
        var stamp = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
        return await step(scope.ServiceProvider.GetRequiredService<ContentManager>(), stamp);
    }

    private async Task<List<ContentVersion>> VersionsAsync(string id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ContentVersion>().AsNoTracking().Where(v => v.ContentItemId == id).OrderBy(v => v.Number).ToListAsync();
    }

    [Fact]
    public async Task Draft_is_invisible_until_published_and_then_listed()
    {
        var id = await CreateNewsAsync("Mô hình trồng bơ tại Lục Nam");
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/mo-hinh-trong-bo-tai-luc-nam")).StatusCode);

        Assert.True((await RunAsync(id, (m, s) => m.SubmitAsync(id, s, Editor))).Succeeded);
        Assert.Equal(ContentState.InReview, (await VersionsAsync(id)).Single().State);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/mo-hinh-trong-bo-tai-luc-nam")).StatusCode);

        Assert.True((await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor))).Succeeded);
        var page = await client.GetStringAsync("/tin-tuc/mo-hinh-trong-bo-tai-luc-nam");
        Assert.Contains("Thân <strong>bài</strong>", page);
        Assert.Contains("Mô hình trồng bơ tại Lục Nam", await client.GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public async Task Editing_a_published_item_creates_a_new_version_and_keeps_the_public_one()
    {
        var id = await CreateNewsAsync("Bài có hai phiên bản");
        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));
        await RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft("Bài có hai phiên bản", null, "Tóm tắt", "Nội dung mới chưa đăng"), Editor));

        var versions = await VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.True(versions[0].Published && !versions[0].Latest);
        Assert.True(versions[1].Latest && !versions[1].Published);
        var page = await factory.Anonymous().GetStringAsync("/tin-tuc/bai-co-hai-phien-ban");
        Assert.DoesNotContain("Nội dung mới chưa đăng", page);

        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));
        versions = await VersionsAsync(id);
        Assert.Single(versions, v => v.Published);
        Assert.True(versions[1].Published);
        Assert.Contains("Nội dung mới chưa đăng", await factory.Anonymous().GetStringAsync("/tin-tuc/bai-co-hai-phien-ban"));
    }

    [Fact]
    public async Task Changed_slug_answers_the_old_address_with_301()
    {
        var id = await CreateNewsAsync("Tên cũ của bài");
        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));
        await RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft("Tên mới của bài", "ten-moi-cua-bai", "", "x"), Editor));
        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));

        var response = await factory.Anonymous().GetAsync("/tin-tuc/ten-cu-cua-bai");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tin-tuc/ten-moi-cua-bai", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Slugs_are_unique_per_section()
    {
        await CreateNewsAsync("Trùng tên bài viết");
        var second = await CreateNewsAsync("Trùng tên bài viết");
        Assert.Equal("trung-ten-bai-viet-2", (await VersionsAsync(second)).Single().Slug);

        var result = await RunAsync(second, (m, s) => m.SaveDraftAsync(second, s, new ContentDraft("Khác", "trung-ten-bai-viet", "", ""), Editor));
        Assert.False(result.Succeeded);
        Assert.Equal("Slug", result.Field);
    }

    [Fact]
    public async Task Unpublished_item_answers_404()
    {
        var id = await CreateNewsAsync("Bài sẽ bị gỡ");
        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/bai-se-bi-go")).StatusCode);
        Assert.True((await RunAsync(id, (m, s) => m.UnpublishAsync(id, s, Editor))).Succeeded);
        var response = await factory.Anonymous().GetAsync("/tin-tuc/bai-se-bi-go");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scheduled_item_is_published_when_its_time_comes()
    {
        var id = await CreateNewsAsync("Bài hẹn giờ");
        Assert.True((await RunAsync(id, (m, s) => m.ScheduleAsync(id, s, factory.Clock.UtcNow.AddHours(1), Editor))).Succeeded);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync());
            // Move the appointment into the past instead of waiting for it.
            await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id).ExecuteUpdateAsync(u => u.SetProperty(v => v.ScheduledUtc, factory.Clock.UtcNow.AddMinutes(-1)));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/tin-tuc/bai-hen-gio")).StatusCode);
        await using (var scope = factory.Scope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishDueAsync() >= 1);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/tin-tuc/bai-hen-gio")).StatusCode);
    }

    [Fact]
    public async Task Revert_copies_an_old_version_into_a_new_draft()
    {
        var id = await CreateNewsAsync("Bài khôi phục");
        await RunAsync(id, (m, s) => m.PublishAsync(id, s, Editor));
        await RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft("Bài khôi phục", null, "", "Sai sót"), Editor));
        Assert.True((await RunAsync(id, (m, s) => m.RevertAsync(id, s, 1, Editor))).Succeeded);

        var versions = await VersionsAsync(id);
        Assert.Equal(3, versions.Count);
        Assert.Equal("Thân **bài**", versions[2].BodyMarkdown);
        Assert.True(versions[2].Latest);
        await using var scope = factory.Scope();
        var actions = await factory.Db(scope).Set<AuditEntry>().Where(a => a.Module == ContentAudit.Module && a.EntityId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "published", "saved", "reverted"], actions);
    }

    [Fact]
    public async Task Stale_stamp_is_refused_and_changes_nothing()
    {
        var id = await CreateNewsAsync("Bài sửa đồng thời");
        Guid staleStamp;
        await using (var scope = factory.Scope())
            staleStamp = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
        await RunAsync(id, (m, s) => m.SaveDraftAsync(id, s, new ContentDraft("Bài sửa đồng thời", null, "", "Bản của người thứ nhất"), Editor));

        await using var stale = factory.Scope();
        var result = await stale.ServiceProvider.GetRequiredService<ContentManager>()
            .SaveDraftAsync(id, staleStamp, new ContentDraft("Bài sửa đồng thời", null, "", "Bản của người thứ hai"), Editor);
        Assert.False(result.Succeeded);
        Assert.True(result.Conflict);
        Assert.Equal("Bản của người thứ nhất", (await VersionsAsync(id)).Single().BodyMarkdown);
    }
}
