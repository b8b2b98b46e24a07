using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Audit;
using Portal.Modules.Experts;
using Portal.Modules.Experts.Rights;
using Portal.Modules.Mail;
using Portal.Tests.Exchange;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ExpertRightsTestData;

namespace Portal.Tests.Experts;

/// <summary>/tai-khoan/du-lieu-ca-nhan: the expert downloads, withdraws and erases their own profile, and no one else's.</summary>
public sealed class ExpertDataRightsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task QueueMailAsync(string to, string subject)
    {
        await using var scope = factory.Scope();
        scope.ServiceProvider.GetRequiredService<IMailOutbox>().Queue(to, subject, "Nội dung thư gửi chuyên gia.");
        await factory.Db(scope).SaveChangesAsync();
    }

    [Fact]
    public async Task The_download_holds_the_profile_its_collections_the_consent_ledger_requests_mail_and_audit()
    {
        var owner = await OwnerAsync(factory, $"Lê Văn Tải {Token()}");
        var subject = $"Thư thử {Guid.NewGuid():N}";
        await QueueMailAsync(owner.Expert.Email.ToUpperInvariant(), subject);
        var correction = $"Sửa cơ quan {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Correction", new() { ["Correction"] = correction })).StatusCode);

        var response = await owner.Client.GetAsync(MemberPage + "?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var profile = root.GetProperty("profile");
        Assert.Equal(owner.Name, profile.GetProperty("fullName").GetString());
        Assert.Equal(owner.Expert.Email, profile.GetProperty("email").GetString());
        Assert.Equal("10.1234/abc.2020.1", profile.GetProperty("publications")[0].GetProperty("doi").GetString());
        Assert.Equal("HTX Hòa Vang", profile.GetProperty("transfers")[0].GetProperty("recipient").GetString());
        var consents = root.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("purpose").GetString()).ToList();
        Assert.Equal([ConsentPurposes.Listed, ConsentPurposes.DisplayEmail], consents);
        Assert.Contains(root.GetProperty("requests").EnumerateArray(), r => r.GetProperty("description").GetString() == correction);
        Assert.Contains(root.GetProperty("mail").EnumerateArray(), m => m.GetProperty("subject").GetString() == subject);
        var actions = root.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("create", actions);
        Assert.Contains("published", actions);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Set<DataRequest>().AnyAsync(r => r.ProfileId == owner.Expert.Id && r.Kind == DataRequestKind.Access && r.Status == DataRequestStatus.Completed));
    }

    [Fact]
    public async Task Withdrawing_the_listing_hides_the_profile_at_once_even_from_the_cached_page()
    {
        var owner = await OwnerAsync(factory, $"Trần Thị Rút {Token()}");
        var anonymous = factory.Anonymous();
        await GetAsync(anonymous, owner.Expert.Page);
        await GetAsync(anonymous, owner.Expert.Page);

        var withdraw = await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Consent", new() { ["purpose"] = ConsentPurposes.Listed, ["grant"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(owner.Expert.Page)).StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var line = await db.Set<ExpertConsent>().Where(c => c.ProfileId == owner.Expert.Id).OrderBy(c => c.Id).LastAsync();
        Assert.Equal((ConsentPurposes.Listed, false, "self"), (line.Purpose, line.Granted, line.Channel));
        var request = await db.Set<DataRequest>().SingleAsync(r => r.ProfileId == owner.Expert.Id && r.Kind == DataRequestKind.Withdrawal);
        Assert.Equal((DataRequestStatus.Completed, ConsentPurposes.Listed), (request.Status, request.Purpose));
    }

    [Fact]
    public async Task No_consent_is_ticked_for_the_expert_and_granting_takes_a_deliberate_button()
    {
        var owner = await OwnerAsync(factory, $"Vũ Thị Chọn {Token()}");
        var html = await GetAsync(owner.Client, MemberPage);

        Assert.DoesNotContain("checked", html);
        Assert.Equal(HttpStatusCode.Redirect, (await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Consent", new() { ["purpose"] = ConsentPurposes.DisplayPhone, ["grant"] = "true" })).StatusCode);
        await using var scope = factory.Scope();
        Assert.Contains(ConsentPurposes.DisplayPhone, await ConsentLedger.GrantedAsync(factory.Db(scope), owner.Expert.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Erasing_leaves_nothing_personal_behind_in_pages_search_sitemap_outbox_audit_or_requests()
    {
        var token = Token();
        var owner = await OwnerAsync(factory, $"Phạm Văn Xoá {token}");
        await CatchUpAsync(factory);
        var anonymous = factory.Anonymous();
        Assert.Contains(owner.Expert.Page, await GetAsync(anonymous, $"/chuyen-gia?q={token}"));
        await QueueMailAsync(owner.Expert.Email, "Thư cũ");
        await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Consent", new() { ["purpose"] = ConsentPurposes.DisplayEmail, ["grant"] = "false" });

        var unconfirmed = await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Erase", new() { ["Confirm"] = "có" });
        await using (var scope = factory.Scope())
            Assert.True(await factory.Db(scope).Set<ExpertProfile>().AnyAsync(p => p.Id == owner.Expert.Id));
        var erase = await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, "Erase", new() { ["Confirm"] = "XOA" });

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        await CatchUpAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(owner.Expert.Page)).StatusCode);
        Assert.DoesNotContain(owner.Expert.Page, await GetAsync(anonymous, $"/chuyen-gia?q={token}"));
        Assert.DoesNotContain(owner.Expert.Page, await GetAsync(anonymous, "/tim-kiem?q=" + token));
        Assert.DoesNotContain(owner.Expert.Page, await GetAsync(anonymous, "/sitemap.xml"));
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var id = owner.Expert.Id;
            var email = owner.Expert.Email.ToLowerInvariant();
            Assert.False(await db.Set<ExpertProfile>().AnyAsync(p => p.Id == id));
            Assert.False(await db.Set<ExpertConsent>().AnyAsync(c => c.ProfileId == id));
            Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.To.ToLower() == email));
            var audit = await db.Set<AuditEntry>().Where(a => a.Module == "experts").ToListAsync();
            Assert.DoesNotContain(audit, a => a.EntityId == owner.Expert.Slug || (a.Detail ?? "").Contains(token) || a.ActorId == owner.UserId && a.ActorName.Length > 0);
            Assert.Contains(audit, a => a.EntityId == "#" + id && a.Action == "erase" && a.Detail == $"hồ sơ #{id} đã xoá theo yêu cầu");
            var requests = await db.Set<DataRequest>().Where(r => r.ProfileId == id).ToListAsync();
            Assert.Contains(requests, r => r.Kind == DataRequestKind.Erasure && r.Status == DataRequestStatus.Completed);
            Assert.All(requests, r => Assert.Null(r.RequesterEmail));
            Assert.DoesNotContain(requests, r => r.Channel == "self" && r.HandledBy != null);
        }
        Assert.Contains("chưa gắn với hồ sơ", await GetAsync(owner.Client, MemberPage));
    }

    /// <summary>A member without a profile has no form on the page: any page's token of the same session serves.</summary>
    private const string FormWithToken = "/chuyen-gia/yeu-cau-du-lieu";

    [Fact]
    public async Task A_member_reaches_only_the_profile_of_their_own_account()
    {
        var owner = await OwnerAsync(factory, $"Hoàng Văn Riêng {Token()}");
        var other = await factory.SignedInAsync("member2@test.vn");

        var page = await GetAsync(other, MemberPage);
        var download = await other.GetAsync(MemberPage + "?handler=Download");
        var erase = await ExchangeTestData.PostFormAsync(other, MemberPage + $"?id={owner.Expert.Id}", "Erase", new() { ["Confirm"] = "XOA", ["ProfileId"] = owner.Expert.Id.ToString() }, formPage: FormWithToken);
        var withdraw = await ExchangeTestData.PostFormAsync(other, MemberPage, "Consent", new() { ["purpose"] = ConsentPurposes.Listed, ["grant"] = "false", ["id"] = owner.Expert.Id.ToString() }, formPage: FormWithToken);
        var anonymous = await factory.Anonymous().GetAsync(MemberPage + "?handler=Download");

        Assert.DoesNotContain(owner.Name, page);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, erase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(owner.Expert.Page)).StatusCode);
    }

    [Fact]
    public async Task Garbage_posts_to_the_own_data_page_get_a_page_or_a_refusal_never_an_error()
    {
        var owner = await OwnerAsync(factory, $"Đinh Văn Rác {Token()}");
        var garbage = new Dictionary<string, string>
        {
            ["purpose"] = "<script>", ["grant"] = "maybe", ["Correction"] = new string('x', 50_000), ["Confirm"] = new string('X', 5000),
        };
        foreach (var handler in new[] { "Consent", "Correction", "Erase", "Download", "Nothing" })
        {
            var response = await ExchangeTestData.PostFormAsync(owner.Client, MemberPage, handler, new(garbage), formPage: MemberPage);
            Assert.True((int)response.StatusCode < 500, $"{handler}: {(int)response.StatusCode}");
        }
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).Set<ExpertProfile>().AnyAsync(p => p.Id == owner.Expert.Id));
    }
}
