using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media;
using Portal.Modules.Plans;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>Files attached to a plan from the library: linked on the public page, protected from deletion, refused when unknown or stale.</summary>
public sealed class PlanAttachmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Pdf = "7d1c0000000000000000000000000006"; // so-tay-phong-chong-thien-tai.pdf in the test recipe

    private async Task<(HttpStatusCode Status, string? Message)> AttachAsync(HttpClient client, int id, Guid stamp, params string[] files)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, $"{PlanPaths.Admin}/{id}");
        var fields = new List<KeyValuePair<string, string>> { new("id", id.ToString()), new("stamp", stamp.ToString()), new("__RequestVerificationToken", token) };
        fields.AddRange(files.Select(f => new KeyValuePair<string, string>("files", f)));
        var response = await client.PostAsync($"{PlanPaths.Admin}/{id}?handler=Attachments", new FormUrlEncodedContent(fields));
        var page = await client.GetStringAsync($"{PlanPaths.Admin}/{id}");
        var match = System.Text.RegularExpressions.Regex.Match(page, "role=\"status\"[^>]*>([^<]*)<");
        return (response.StatusCode, match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null);
    }

    private async Task<(string? Attachments, Guid Stamp)> StoredAsync(int id)
    {
        await using var scope = factory.Scope();
        var plan = await factory.Db(scope).Set<Plan>().AsNoTracking().SingleAsync(p => p.Id == id);
        return (plan.Attachments, plan.Stamp);
    }

    [Fact]
    public async Task An_attached_file_is_linked_on_the_public_page_and_the_library_knows_the_plan_uses_it()
    {
        var (id, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024), publish: true);
        var chief = await factory.SignedInAsync("chief@test.vn");

        var (status, message) = await AttachAsync(chief, id, (await StoredAsync(id)).Stamp, Pdf);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("Đã lưu 1 tệp đính kèm.", message);
        Assert.Equal(Pdf, (await StoredAsync(id)).Attachments);
        var html = await factory.Anonymous().GetStringAsync(PlanPaths.Of(slug));
        Assert.Contains("so-tay-phong-chong-thien-tai.pdf", html);
        Assert.Contains("PDF", html);
        await using var scope = factory.Scope();
        var usages = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().FindUsagesAsync(Pdf);
        Assert.Contains(usages, u => u.Module == PlansModule.Module && u.Id == id.ToString() && u.Public);
    }

    [Fact]
    public async Task An_unknown_file_or_a_stale_stamp_changes_nothing_and_says_why()
    {
        var (id, _) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024), publish: false);
        var chief = await factory.SignedInAsync("chief@test.vn");
        var stamp = (await StoredAsync(id)).Stamp;

        var (_, unknown) = await AttachAsync(chief, id, stamp, "ffffffffffffffffffffffffffffffff");
        var (_, malformed) = await AttachAsync(chief, id, stamp, "../../etc/passwd");
        var (_, stale) = await AttachAsync(chief, id, Guid.NewGuid(), Pdf);

        Assert.Contains("không còn trong thư viện", unknown);
        Assert.Equal("Mã tệp không hợp lệ.", malformed);
        Assert.Contains("vừa được người khác thay đổi", stale);
        Assert.Equal((null, stamp), await StoredAsync(id));
    }
}
