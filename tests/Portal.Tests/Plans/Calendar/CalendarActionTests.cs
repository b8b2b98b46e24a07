using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Calendar;
using static Portal.Tests.Plans.Calendar.CalendarFactory;

namespace Portal.Tests.Plans.Calendar;

public sealed class CalendarActionTests(CalendarFactory factory) : IClassFixture<CalendarFactory>
{
    [Fact]
    public async Task Editor_claims_an_item_then_gives_it_back()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc để nhận và trả");
        var claimed = await FollowAsync(client, await PostAsync(client, "Claim", item));
        Assert.Contains(CalendarTexts.Claimed(item.Topic), claimed);
        var after = await factory.ItemAsync(item.Topic);
        Assert.Equal(await factory.UserIdAsync(EditorEmail), after.AssigneeId);
        Assert.NotEqual(item.Stamp, after.Stamp);
        var mine = await client.GetStringAsync($"{CalendarPaths.Calendar}?{JuneQuery}&cuatoi=true");
        Assert.Contains(item.Topic, WebUtility.HtmlDecode(mine));

        var given = await FollowAsync(client, await PostAsync(client, "Unclaim", after));
        Assert.Contains(CalendarTexts.Unclaimed(item.Topic), given);
        Assert.Null((await factory.ItemAsync(item.Topic)).AssigneeId);
    }

    [Fact]
    public async Task Item_claimed_by_someone_else_can_be_neither_claimed_nor_given_back()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc của người khác");
        Assert.Contains(CalendarTexts.ClaimedByOther(item.Topic), await FollowAsync(client, await PostAsync(client, "Claim", item)));
        Assert.Contains(CalendarTexts.NotYours(item.Topic), await FollowAsync(client, await PostAsync(client, "Unclaim", item)));
        var after = await factory.ItemAsync(item.Topic);
        Assert.Equal(await factory.UserIdAsync("chief@test.vn"), after.AssigneeId);
        Assert.Equal(item.Stamp, after.Stamp);
    }

    [Fact]
    public async Task Status_changes_and_a_stale_stamp_is_refused_without_saving()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc để đổi trạng thái");
        var done = await FollowAsync(client, await PostAsync(client, "Status", item, extra: new() { ["status"] = "Done" }));
        Assert.Contains(CalendarTexts.StatusSet(item.Topic, PlanItemStatus.Done), done);
        Assert.Equal(PlanItemStatus.Done, (await factory.ItemAsync(item.Topic)).Status);

        // The form the editor saw before the change carries the old stamp.
        var stale = await FollowAsync(client, await PostAsync(client, "Status", item, extra: new() { ["status"] = "Cancelled" }));
        Assert.Contains(CalendarTexts.Stale(item.Topic), stale);
        Assert.Equal(PlanItemStatus.Done, (await factory.ItemAsync(item.Topic)).Status);
        var staleClaim = await FollowAsync(client, await PostAsync(client, "Claim", item));
        Assert.Contains(CalendarTexts.Stale(item.Topic), staleClaim);
        Assert.Null((await factory.ItemAsync(item.Topic)).AssigneeId);
    }

    [Fact]
    public async Task Unknown_item_is_a_404_and_an_unknown_status_saves_nothing()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc để đổi trạng thái");
        var missing = await PostAsync(client, "Claim", new PlanItem { Id = 999_999, Topic = "x" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var draftPlanItem = await factory.ItemAsync(DraftPlanTopic);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "Claim", draftPlanItem)).StatusCode);
        var bad = await FollowAsync(client, await PostAsync(client, "Status", item, extra: new() { ["status"] = "42" }));
        Assert.Contains(CalendarTexts.UnknownStatus, bad);
        Assert.Equal(item.Stamp, (await factory.ItemAsync(item.Topic)).Stamp);
    }

    [Fact]
    public async Task Draft_creates_a_news_draft_titled_with_the_topic_linked_to_the_item_and_opens_its_editor()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc để tạo tin");
        var response = await PostAsync(client, "Draft", item, extra: new() { ["due"] = $"{Year}-06-24" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/noi-dung/", location);
        var contentId = location["/admin/noi-dung/".Length..];
        var after = await factory.ItemAsync(item.Topic);
        var link = Assert.Single(after.Links);
        Assert.Equal(("news", contentId), (link.ContentType, link.ContentId));
        await using var scope = factory.Scope();
        var version = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == contentId);
        Assert.Equal(item.Topic, version.Title);
        Assert.Equal(ContentState.Draft, version.State);
        var editor = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Contains(CalendarTexts.DraftCreated(item.Topic), WebUtility.HtmlDecode(await editor.Content.ReadAsStringAsync()));
        var calendar = WebUtility.HtmlDecode(await client.GetStringAsync($"{CalendarPaths.Calendar}?{JuneQuery}"));
        Assert.Contains($"href=\"/admin/noi-dung/{contentId}\">{item.Topic}</a>", calendar);
    }

    [Fact]
    public async Task Draft_of_a_series_item_is_the_series_next_issue_on_its_due_date()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync(SeriesTopic);
        var due = SeriesDueInJune;
        var response = await PostAsync(client, "Draft", item, extra: new() { ["due"] = due.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contentId = response.Headers.Location!.OriginalString["/admin/noi-dung/".Length..];
        await using var scope = factory.Scope();
        var version = await factory.Db(scope).Set<ContentVersion>().SingleAsync(v => v.ContentItemId == contentId);
        Assert.Equal(ColumnsModule.IssueType, version.ContentType);
        var fields = new ContentFieldValues(version.FieldsJson);
        Assert.Equal(due.ToDateTime(new TimeOnly(20, 30)), Portal.Modules.Infrastructure.Web.Formats.ToLocal(fields.DateUtc("airDate")!.Value));
        Assert.Equal(item.Topic, fields.String("plannedTopic"));
        Assert.True(fields.Int("number") >= 1);
        Assert.Contains(await factory.Db(scope).Set<PlanItemLink>().Where(l => l.ItemId == item.Id).Select(l => l.ContentId).ToListAsync(), id => id == contentId);
    }

    [Fact]
    public async Task Draft_with_a_stale_stamp_creates_nothing()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var item = await factory.ItemAsync("Việc để nhận và trả");
        var before = await CountAsync();
        var stale = await FollowAsync(client, await PostAsync(client, "Draft", item, Guid.NewGuid()));
        Assert.Contains(CalendarTexts.Stale(item.Topic), stale);
        Assert.Equal(before, await CountAsync());
        Assert.Empty((await factory.ItemAsync(item.Topic)).Links);
    }

    [Fact]
    public async Task Existing_content_is_linked_by_its_id_once_and_an_unknown_id_is_refused()
    {
        var client = await factory.SignedInAsync(EditorEmail);
        var topic = "Việc để gắn nội dung";
        var contentId = await factory.PublishAsync("news", new ContentDraft("Ấn phẩm đã phát hành theo kế hoạch", null, "Tóm tắt.", "Nội dung."));
        var unknown = await FollowAsync(client, await PostAsync(client, "Link", await factory.ItemAsync(topic), extra: new() { ["contentId"] = "khong-co" }));
        Assert.Contains(CalendarTexts.NoSuchContent("khong-co"), unknown);
        var linked = await FollowAsync(client, await PostAsync(client, "Link", await factory.ItemAsync(topic), extra: new() { ["contentId"] = contentId }));
        Assert.Contains(CalendarTexts.Linked(topic), linked);
        Assert.Contains("Ấn phẩm đã phát hành theo kế hoạch", linked);
        var twice = await FollowAsync(client, await PostAsync(client, "Link", await factory.ItemAsync(topic), extra: new() { ["contentId"] = contentId }));
        Assert.Contains(CalendarTexts.AlreadyLinked(topic), twice);
        var link = Assert.Single((await factory.ItemAsync(topic)).Links);
        Assert.Equal(("news", contentId), (link.ContentType, link.ContentId));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<ContentItem>().CountAsync();
    }
}
