using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// From expression of interest to deal over HTTP: a member (member2) is interested in another's (member) published
/// listing; the moderator declines or forwards; both sides accept; contacts reach the two sides and no one else.
/// </summary>
public sealed partial class InterestFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SenderPhone = "0912 345 678";
    private const string SenderEmail = "member2@test.vn";

    private Task<PublishedOffer> PublishAsync(string title) => ExchangeTestData.PublishOfferAsync(factory, title);

    private static Dictionary<string, string> Expression(string use = "Sấy cà phê cho hợp tác xã 200 hộ tại Đắk Lắk.") => new()
    {
        ["Input.Organisation"] = "Hợp tác xã Cà phê Ea Tu",
        ["Input.Phone"] = SenderPhone,
        ["Input.IntendedUse"] = use,
        ["Input.Budget"] = "500tr-2ty",
        ["Input.Timeline"] = "6-thang",
        ["Input.Questions"] = "Công suất tối đa mỗi mẻ là bao nhiêu?",
        ["Input.Consent"] = "true",
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form, string formPage = "") =>
        ExchangeTestData.PostFormAsync(client, page, handler, form, formPage);

    private async Task<int> SendAsync(HttpClient sender, PublishedOffer listing)
    {
        var response = await PostAsync(sender, listing.NewInterest, null, Expression());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<Interest> InterestAsync(int id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Interest>().AsNoTracking().SingleAsync(i => i.Id == id);
    }

    /// <summary>A post on the interest's own page (accept, refuse, follow-up) with the stamp it was drawn with.</summary>
    private async Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string handler, Dictionary<string, string>? form = null, string formPage = "")
    {
        form ??= [];
        form["Stamp"] = (await InterestAsync(id)).Stamp.ToString();
        return await PostAsync(client, $"/tai-khoan/quan-tam/{id}", handler, form, formPage);
    }

    private async Task<HttpResponseMessage> TriageAsync(HttpClient moderator, int id, string handler, string? reason = null)
    {
        var form = new Dictionary<string, string> { ["Id"] = id.ToString(), ["Stamp"] = (await InterestAsync(id)).Stamp.ToString() };
        if (reason is not null)
            form["Reason"] = reason;
        return await PostAsync(moderator, "/admin/san-cong-nghe/quan-tam", handler, form);
    }

    private async Task<int> IntroducedAsync(HttpClient owner, HttpClient sender, HttpClient moderator, PublishedOffer listing)
    {
        var id = await SendAsync(sender, listing);
        Assert.Equal(HttpStatusCode.Redirect, (await TriageAsync(moderator, id, "Forward")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(owner, id, "Accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(sender, id, "Accept")).StatusCode);
        return id;
    }

    private async Task<List<OutboxMessage>> MailAsync(string to, string subjectPart)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to && m.Subject.Contains(subjectPart)).ToListAsync();
    }

    private Task<HttpClient> OtherMemberAsync() => ExchangeTestData.OtherMemberAsync(factory);

    [Fact]
    public async Task Declined_with_a_reason_the_sender_sees_then_forwarded_accepted_by_both_introduced_and_a_deal_recorded()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var listing = await PublishAsync("Máy sấy cà phê bơm nhiệt");

        var first = await SendAsync(sender, listing);
        Assert.Equal(InterestStatus.Sent, (await InterestAsync(first)).Status);
        Assert.Contains(listing.Code, await moderator.GetStringAsync("/admin/san-cong-nghe/quan-tam"));
        Assert.Equal(HttpStatusCode.Redirect, (await TriageAsync(moderator, first, "Decline", nameof(DeclineReason.RouteToMarketUnclear))).StatusCode);
        var declined = await InterestAsync(first);
        Assert.Equal((InterestStatus.Declined, DeclineReason.RouteToMarketUnclear), (declined.Status, declined.DeclineReason));
        Assert.Contains("Chưa rõ hướng đưa ra thị trường", await sender.GetStringAsync("/tai-khoan/quan-tam"));
        Assert.Contains("Chưa rõ hướng đưa ra thị trường", await sender.GetStringAsync($"/tai-khoan/quan-tam/{first}"));
        Assert.Single(await MailAsync(SenderEmail, $"{listing.Code} không được chuyển"));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/tai-khoan/quan-tam/{first}")).StatusCode);

        var second = await SendAsync(sender, listing);
        Assert.Equal(HttpStatusCode.Redirect, (await TriageAsync(moderator, second, "Forward")).StatusCode);
        Assert.Equal(InterestStatus.Forwarded, (await InterestAsync(second)).Status);
        Assert.Single(await MailAsync(listing.ContactEmail, $"Đề nghị kết nối với tin {listing.Code}"));
        Assert.Contains("Hợp tác xã Cà phê Ea Tu", await owner.GetStringAsync("/tai-khoan/quan-tam"));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(owner, second, "Accept")).StatusCode);
        Assert.Equal(InterestStatus.OwnerAccepted, (await InterestAsync(second)).Status);
        Assert.DoesNotContain(listing.ContactEmail, await sender.GetStringAsync($"/tai-khoan/quan-tam/{second}"));
        Assert.DoesNotContain(SenderPhone, await owner.GetStringAsync($"/tai-khoan/quan-tam/{second}"));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(sender, second, "Accept")).StatusCode);
        var introduced = await InterestAsync(second);
        Assert.Equal(InterestStatus.Introduced, introduced.Status);
        Assert.NotNull(introduced.IntroducedUtc);

        var senderPage = await sender.GetStringAsync($"/tai-khoan/quan-tam/{second}");
        Assert.Contains(listing.ContactEmail, senderPage);
        Assert.Contains(listing.ContactPhone, senderPage);
        var ownerPage = await owner.GetStringAsync($"/tai-khoan/quan-tam/{second}");
        Assert.Contains(SenderEmail, ownerPage);
        Assert.Contains(SenderPhone, ownerPage);
        Assert.Contains(listing.ContactEmail, Assert.Single(await MailAsync(SenderEmail, "Giới thiệu:")).TextBody);
        Assert.Contains(SenderPhone, Assert.Single(await MailAsync(listing.ContactEmail, "Giới thiệu:")).TextBody);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(owner, second, "FollowUp", new() { ["FollowUp.State"] = "Nda" })).StatusCode);
        Assert.Equal(InterestStatus.Nda, (await InterestAsync(second)).Status);
        var deal = new Dictionary<string, string> { ["FollowUp.State"] = "Deal", ["FollowUp.TransferType"] = "licence-non-exclusive", ["FollowUp.Value"] = "850000000" };
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(sender, second, "FollowUp", deal)).StatusCode);
        var done = await InterestAsync(second);
        Assert.Equal((InterestStatus.Deal, "licence-non-exclusive", 850_000_000L), (done.Status, done.OutcomeTransferType, done.OutcomeValue));
        Assert.NotNull(done.ClosedUtc);
        Assert.Contains("850.000.000 đồng", await owner.GetStringAsync($"/tai-khoan/quan-tam/{second}"));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(owner, second, "FollowUp", new() { ["FollowUp.State"] = "Abandoned" }, formPage: "/tai-khoan/tin-cong-nghe/moi")).StatusCode);
        Assert.Equal(InterestStatus.Deal, (await InterestAsync(second)).Status);
    }

    [Fact]
    public async Task Contacts_reach_only_the_two_sides_never_anonymous_another_member_nor_the_moderator()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var other = await OtherMemberAsync();
        var anonymous = factory.Anonymous();
        var listing = await PublishAsync("Hệ thống tưới nhỏ giọt điều khiển từ xa");
        var id = await IntroducedAsync(owner, sender, moderator, listing);
        var secrets = new[] { listing.ContactEmail, listing.ContactPhone, SenderPhone };

        var anonymousPage = await anonymous.GetStringAsync(listing.Page);
        Assert.Contains("Đăng nhập bằng tài khoản thành viên để gửi đề nghị kết nối.", anonymousPage);
        Assert.DoesNotContain(listing.NewInterest, anonymousPage);
        Assert.Contains(listing.NewInterest, await other.GetStringAsync(listing.Page));
        foreach (var client in new[] { anonymous, other, owner, sender, moderator })
        {
            var page = await client.GetStringAsync(listing.Page);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, page));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/tai-khoan/quan-tam/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(listing.NewInterest)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tai-khoan/quan-tam/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync($"/tai-khoan/quan-tam/{id}")).StatusCode);
        var otherList = await other.GetStringAsync("/tai-khoan/quan-tam");
        Assert.DoesNotContain(listing.Code, otherList);
        var triage = await moderator.GetStringAsync("/admin/san-cong-nghe/quan-tam?trangThai=Introduced");
        Assert.Contains(listing.Code, triage);
        Assert.All(secrets.Append(SenderEmail), secret => Assert.DoesNotContain(secret, triage));
        Assert.Contains(listing.ContactEmail, await sender.GetStringAsync($"/tai-khoan/quan-tam/{id}"));
        Assert.Contains(SenderPhone, await owner.GetStringAsync($"/tai-khoan/quan-tam/{id}"));
    }

    [Fact]
    public async Task A_member_cannot_see_or_act_on_others_interests_by_trying_ids()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var other = await OtherMemberAsync();
        var listing = await PublishAsync("Chế phẩm vi sinh xử lý rơm rạ");
        var id = await SendAsync(sender, listing);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/tai-khoan/quan-tam/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TriageAsync(moderator, id, "Forward")).StatusCode);

        var stamp = (await InterestAsync(id)).Stamp.ToString();
        foreach (var (handler, form) in new[] { ("Accept", new Dictionary<string, string>()), ("Refuse", []), ("FollowUp", new() { ["FollowUp.State"] = "Abandoned" }) })
        {
            form["Stamp"] = stamp;
            var response = await PostAsync(other, $"/tai-khoan/quan-tam/{id}", handler, form, formPage: "/tai-khoan/quan-tam/moi?tin=" + listing.Code);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tai-khoan/quan-tam/{id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync("/admin/san-cong-nghe/quan-tam")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await sender.GetAsync("/admin/san-cong-nghe/quan-tam")).StatusCode);
        var untouched = await InterestAsync(id);
        Assert.Equal(InterestStatus.Forwarded, untouched.Status);
        Assert.Equal((null, null), (untouched.OwnerAcceptedUtc, untouched.SenderAcceptedUtc));
    }

    [Fact]
    public async Task Invalid_input_own_and_unpublished_listings_are_refused_in_Vietnamese_and_nothing_is_stored()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var listing = await PublishAsync("Lò đốt trấu sinh khối");
        var form = Expression(use: "Dùng thử");
        form["Input.Organisation"] = "";
        form["Input.Budget"] = "mot-ty";
        form["Input.Phone"] = "gọi tôi";
        form.Remove("Input.Consent");
        var response = await PostAsync(sender, listing.NewInterest, null, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var message in new[] { "Vui lòng nhập tên tổ chức của bạn.", "Vui lòng mô tả mục đích sử dụng (ít nhất 20 ký tự).",
            "Vui lòng chọn ngân sách dự kiến.", "Số điện thoại không hợp lệ.", "Vui lòng đồng ý chia sẻ thông tin liên hệ khi hai bên chấp nhận giới thiệu." })
            Assert.Contains(message, html);
        Assert.DoesNotMatch(ConsentTicked(), await sender.GetStringAsync(listing.NewInterest));

        var own = await PostAsync(owner, listing.NewInterest, null, Expression(), formPage: "/tai-khoan/tin-cong-nghe/moi");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(InterestTexts.OwnListing, WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await sender.GetAsync("/tai-khoan/quan-tam/moi?tin=CB-1999-0001")).StatusCode);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var stored = await db.Set<Listing>().SingleAsync(l => l.Id == listing.Id);
            stored.Status = ListingStatus.Withdrawn;
            await db.SaveChangesAsync();
            Assert.False(await db.Set<Interest>().AnyAsync(i => i.ListingId == listing.Id));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await sender.GetAsync(listing.NewInterest)).StatusCode);
    }

    [Fact]
    public async Task A_deal_without_its_outcome_is_refused_and_the_state_is_kept()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var id = await IntroducedAsync(owner, sender, moderator, await PublishAsync("Cảm biến độ ẩm đất không dây"));
        var response = await ActAsync(owner, id, "FollowUp", new() { ["FollowUp.State"] = "Deal", ["FollowUp.TransferType"] = "ban-dut" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng chọn hình thức chuyển giao của hợp đồng.", html);
        Assert.Contains("Vui lòng nhập giá trị hợp đồng (đồng).", html);
        var kept = await InterestAsync(id);
        Assert.Equal((InterestStatus.Introduced, null, null), (kept.Status, kept.OutcomeTransferType, kept.OutcomeValue));
    }

    [Fact]
    public async Task Both_sides_are_reminded_once_of_an_introduction_without_follow_up_after_14_days()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync(SenderEmail);
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var listing = await PublishAsync("Dây chuyền ép viên phân hữu cơ");
        var id = await IntroducedAsync(owner, sender, moderator, listing);
        var start = factory.Clock.UtcNow;
        async Task RunJobAsync()
        {
            await using var scope = factory.Scope();
            var job = scope.ServiceProvider.GetServices<Portal.Modules.Jobs.IPeriodicJob>().Single(j => j.Name == "exchange.remind-introductions");
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
        async Task<int> RemindersAsync() =>
            (await MailAsync(listing.ContactEmail, $"Nhắc: kết nối về tin {listing.Code}")).Count + (await MailAsync(SenderEmail, $"Nhắc: kết nối về tin {listing.Code}")).Count;
        try
        {
            factory.Clock.Set(start.AddDays(13));
            await RunJobAsync();
            Assert.Equal(0, await RemindersAsync());
            factory.Clock.Set(start.AddDays(15));
            await RunJobAsync();
            await RunJobAsync();
            Assert.Equal(2, await RemindersAsync());
            Assert.NotNull((await InterestAsync(id)).RemindedUtc);
        }
        finally
        {
            factory.Clock.Set(start);
        }
    }

    [GeneratedRegex("name=\"Input.Consent\"[^>]*checked")]
    private static partial Regex ConsentTicked();
}
