using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>The dashboard shows content (titles of drafts under review) only to those who may edit content.</summary>
public sealed class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_moderator_sees_no_draft_titles_and_an_editor_does()
    {
        var title = $"Bản nháp chờ duyệt {Guid.NewGuid():N}";
        var (id, _) = await factory.CreateAsync("news", title);
        await factory.RunAsync(id, (m, s) => m.SubmitAsync(id, s, TestContent.Editor));

        var moderator = await (await factory.SignedInAsync("moderator@test.vn")).GetStringAsync("/admin");
        var editor = await (await factory.SignedInAsync("editor@test.vn")).GetStringAsync("/admin");

        Assert.DoesNotContain(title, moderator);
        Assert.Contains(title, editor);
    }
}
