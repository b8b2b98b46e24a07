using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure.Identity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// The contact matrix of one published listing: its contact person, e-mail and telephone, and the organisation
/// behind its alias, over every surface each viewer can reach. Only the owner and the moderator ever read them.
/// </summary>
public sealed class ContactVisibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Secrets(string Marker, string Code, int Id, string Name, string Email, string Phone, string Organisation)
    {
        public IEnumerable<string> All => [Name, Email, Phone, Organisation];
    }

    /// <summary>An offer of member3 under an alias, with contacts and an organisation name no other listing carries.</summary>
    private async Task<Secrets> PublishAsync()
    {
        var marker = "kx" + Guid.NewGuid().ToString("N")[..10];
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        var secrets = new Secrets(marker, "", 0, $"Người Liên Hệ {marker}", $"bi-mat-{marker}@congty.vn", phone, $"Công ty Bí Mật {marker}");
        await using var scope = factory.Scope();
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("member@test.vn");
        var input = new ListingInput
        {
            Kind = ListingKind.Offer, Title = $"Máy ép viên nén {marker}", Summary = $"Tóm tắt {marker}.", Description = $"Mô tả {marker}.",
            PrimaryField = "401", Keywords = $"viên nén; {marker}", ProvinceCode = "48", Alias = "Một doanh nghiệp cơ khí tại Đà Nẵng",
            ContactName = secrets.Name, ContactEmail = secrets.Email, ContactPhone = secrets.Phone,
        };
        var workflow = scope.ServiceProvider.GetRequiredService<ListingWorkflow>();
        var listing = await workflow.CreateAsync(input, owner!.Id, secrets.Organisation, CancellationToken.None);
        Assert.True(workflow.Publish(listing, "publish").Succeeded);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return secrets with { Code = listing.Code, Id = listing.Id };
    }

    /// <summary>Every public surface, read by the given client; each must answer and name the listing where it lists things.</summary>
    private static async Task<Dictionary<string, string>> PublicSurfacesAsync(HttpClient client, Secrets s)
    {
        var pages = new Dictionary<string, string>
        {
            ["chi tiết"] = "/san-cong-nghe/" + s.Code.ToLowerInvariant(),
            ["danh sách"] = "/san-cong-nghe/chao-ban",
            ["danh sách lọc"] = $"/san-cong-nghe/chao-ban?q={s.Marker}&linh-vuc=401&tinh=48",
            ["trang sàn"] = "/san-cong-nghe",
            ["RSS"] = "/san-cong-nghe/chao-ban/rss",
            ["sitemap"] = "/sitemap.xml",
            ["API tin"] = $"/api/listings?q={s.Marker}",
            ["API tìm kiếm"] = $"/api/search?q={s.Marker}",
            ["trang tìm kiếm"] = $"/tim-kiem?q={s.Marker}",
            ["thống kê CSV"] = "/san-cong-nghe/thong-ke/csv",
            ["thống kê JSON"] = "/san-cong-nghe/thong-ke/json",
        };
        var bodies = new Dictionary<string, string>();
        foreach (var (name, path) in pages)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} {path}: {(int)response.StatusCode}");
            bodies[name] = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        foreach (var listed in new[] { "chi tiết", "danh sách lọc", "API tin", "API tìm kiếm", "trang tìm kiếm" })
            Assert.True(bodies[listed].Contains(s.Marker, StringComparison.Ordinal), $"{listed} should show the listing");
        return bodies;
    }

    private static void NothingOf(Secrets s, Dictionary<string, string> bodies, string viewer)
    {
        foreach (var (surface, body) in bodies)
            foreach (var secret in s.All)
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{viewer} saw „{secret}” on {surface}");
    }

    [Fact]
    public async Task Anonymous_visitors_and_other_members_never_see_the_contacts_or_the_organisation_behind_the_alias()
    {
        var s = await PublishAsync();

        NothingOf(s, await PublicSurfacesAsync(factory.Anonymous(), s), "anonymous");
        NothingOf(s, await PublicSurfacesAsync(await factory.SignedInAsync("member2@test.vn"), s), "another member");

        var other = await factory.SignedInAsync("member2@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tai-khoan/tin-cong-nghe/{s.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.Anonymous().GetAsync($"/admin/san-cong-nghe/{s.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/admin/san-cong-nghe/{s.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_owner_and_the_moderator_read_every_contact()
    {
        var s = await PublishAsync();

        var owner = WebUtility.HtmlDecode(await (await factory.SignedInAsync("member@test.vn")).GetStringAsync($"/tai-khoan/tin-cong-nghe/{s.Id}"));
        var moderator = WebUtility.HtmlDecode(await (await factory.SignedInAsync("moderator@test.vn")).GetStringAsync($"/admin/san-cong-nghe/{s.Id}"));

        foreach (var secret in new[] { s.Name, s.Email, s.Phone })
        {
            Assert.Contains(secret, owner);
            Assert.Contains(secret, moderator);
        }
        Assert.Contains(s.Organisation, moderator);
    }
}
