using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Every admin action lands in one append-only trail (who, when, from which address, what, on which record), which
/// administrators filter on /admin/nhat-ky and export as CSV; nobody else reads it.
/// </summary>
public sealed class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Changing_an_account_is_recorded_with_actor_record_and_detail_and_listed_and_exported()
    {
        var admin = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var users = await admin.GetStringAsync("/admin/nguoi-dung");
        var email = $"nhat-ky-{Guid.NewGuid():N}@test.vn";
        var created = await admin.PostAsync("/admin/nguoi-dung", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(users, "__RequestVerificationToken"),
            ["Input.Email"] = email, ["Input.DisplayName"] = "Người được ghi nhật ký", ["Input.Password"] = "Mat-khau-dai-1", ["Input.Roles"] = "Editor",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await using (var scope = factory.Scope())
        {
            var entry = await factory.Db(scope).Set<AuditEntry>().SingleAsync(e => e.Module == "accounts" && e.Action == "created" && e.Detail!.Contains(email));
            Assert.Equal(PortalFactory.AdminEmail, entry.ActorName);
            Assert.NotNull(entry.ActorId);
            Assert.Equal("user", entry.Entity);
            Assert.InRange(entry.AtUtc, factory.Clock.UtcNow.AddMinutes(-5), factory.Clock.UtcNow);
        }
        var page = await admin.GetStringAsync($"/admin/nhat-ky?phan-he=accounts&q={Uri.EscapeDataString(email)}");
        Assert.Contains(email, page);

        var csv = await admin.GetAsync($"/admin/nhat-ky?handler=Csv&phan-he=accounts&q={Uri.EscapeDataString(email)}");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFFThời điểm (giờ Việt Nam);Người thực hiện", text);
        Assert.Contains(email, text);
    }

    [Fact]
    public async Task An_admin_page_without_its_own_entry_is_still_recorded_by_path()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        var terms = await chief.GetStringAsync("/admin/danh-muc");
        var name = $"Chủ đề nhật ký {Guid.NewGuid():N}";

        var added = await chief.PostAsync("/admin/danh-muc?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(terms, "__RequestVerificationToken"),
            ["name"] = name,
        }));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var scope = factory.Scope();
        var entry = await factory.Db(scope).Set<AuditEntry>().OrderByDescending(e => e.Id).FirstAsync(e => e.Module == "admin" && e.Entity == "danh-muc");
        Assert.Equal("chief@test.vn", entry.ActorName);
        Assert.Equal("add", entry.Action);
    }

    [Fact]
    public async Task A_content_workflow_step_is_recorded_once_under_its_module()
    {
        var (id, _) = await factory.PublishedAsync("news", "Tin để kiểm tra nhật ký");

        await using var scope = factory.Scope();
        var actions = await factory.Db(scope).Set<AuditEntry>().Where(e => e.EntityId == id).OrderBy(e => e.Id).Select(e => e.Module + ":" + e.Action).ToListAsync();
        Assert.Equal(["content:created", "content:published"], actions);
    }

    [Theory]
    [InlineData("editor@test.vn")]
    [InlineData("chief@test.vn")]
    [InlineData("moderator@test.vn")]
    public async Task Only_administrators_read_the_trail(string email)
    {
        var client = await factory.SignedInAsync(email);

        var response = await client.GetAsync("/admin/nhat-ky");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{email} got {(int)response.StatusCode}");
        Assert.DoesNotContain("Nhật ký quản trị", await response.Content.ReadAsStringAsync());
    }
}
