using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// The exchange from listing to deal across every role, over HTTP only: a member (member) offers a technology,
/// the moderator asks for changes and approves; the public finds it without diacritics; a third member's interest
/// is declined and another's (member2) forwarded, accepted by both sides, and ends in a signed contract that the
/// public statistics count. Contacts reach the two sides and no one else.
/// </summary>
public sealed class WholeFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SenderPhone = "0987 654 321";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form, string formPage = "") =>
        ExchangeTestData.PostFormAsync(client, page, handler, form, formPage);

    private async Task<Listing> ListingAsync(int id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Listing>().AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private async Task<Interest> InterestAsync(int id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Interest>().AsNoTracking().SingleAsync(i => i.Id == id);
    }

    private static int IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<HttpStatusCode> ReviewAsync(HttpClient moderator, int id, string handler, Dictionary<string, string> form)
    {
        form["Stamp"] = (await ListingAsync(id)).Stamp.ToString();
        return (await PostAsync(moderator, $"/admin/san-cong-nghe/{id}", handler, form)).StatusCode;
    }

    private async Task<int> SendInterestAsync(HttpClient sender, Listing listing, string organisation) =>
        IdOf(await PostAsync(sender, "/tai-khoan/quan-tam/moi?tin=" + listing.Code, null, new()
        {
            ["Input.Organisation"] = organisation, ["Input.Phone"] = SenderPhone,
            ["Input.IntendedUse"] = "Sấy dược liệu cho hợp tác xã 120 hộ tại Quảng Nam.", ["Input.Budget"] = "500tr-2ty",
            ["Input.Timeline"] = "6-thang", ["Input.Consent"] = "true",
        }));

    private async Task<HttpStatusCode> TriageAsync(HttpClient moderator, int id, string handler, string? reason = null)
    {
        var form = new Dictionary<string, string> { ["Id"] = id.ToString(), ["Stamp"] = (await InterestAsync(id)).Stamp.ToString() };
        if (reason is not null)
            form["Reason"] = reason;
        return (await PostAsync(moderator, "/admin/san-cong-nghe/quan-tam", handler, form)).StatusCode;
    }

    private async Task<HttpStatusCode> ActAsync(HttpClient client, int id, string handler, Dictionary<string, string>? form = null)
    {
        form ??= [];
        form["Stamp"] = (await InterestAsync(id)).Stamp.ToString();
        return (await PostAsync(client, $"/tai-khoan/quan-tam/{id}", handler, form)).StatusCode;
    }

    private static async Task<JsonElement> StatisticsAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/san-cong-nghe/thong-ke/json")).RootElement;

    private static long Figure(JsonElement json, string name) => json.GetProperty(name).GetInt64();

    private static int CountOf(JsonElement json, string group, string code) =>
        json.GetProperty("nhom").GetProperty(group).EnumerateArray().Where(r => r.GetProperty("ma").GetString() == code)
            .Select(r => r.GetProperty("soLuong").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Submit_review_publish_search_interest_triage_double_opt_in_contacts_deal_and_statistics()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var sender = await factory.SignedInAsync("member2@test.vn");
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var third = await ExchangeTestData.OtherMemberAsync(factory);
        var anonymous = factory.Anonymous();
        var before = await StatisticsAsync(anonymous);
        var token = Guid.NewGuid().ToString("N")[..8];
        var title = $"Tủ sấy lạnh dược liệu Trà My mẫu {token}";
        var contact = $"lien-he-{token}@congty.vn";

        // The member submits; the moderator asks for changes; the member resubmits; the moderator approves.
        var id = IdOf(await PostAsync(owner, "/tai-khoan/tin-cong-nghe/moi?loai=chao-ban", "Submit", ExchangeTestData.OfferForm(title, contact)));
        Assert.Equal(ListingStatus.Submitted, (await ListingAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, await ReviewAsync(moderator, id, "Changes", new() { ["Category"] = "Unlisted", ["Note"] = "Xin bổ sung kết quả đo kiểm." }));
        Assert.Equal(ListingStatus.ChangesRequested, (await ListingAsync(id)).Status);
        Assert.Contains("Xin bổ sung kết quả đo kiểm.", await owner.GetStringAsync("/tai-khoan/tin-cong-nghe"));
        var resubmitted = ExchangeTestData.OfferForm(title, contact);
        resubmitted["Input.Description"] += " Kết quả đo kiểm: đạt.";
        resubmitted["Stamp"] = (await ListingAsync(id)).Stamp.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(owner, $"/tai-khoan/tin-cong-nghe/{id}", "Submit", resubmitted)).StatusCode);
        Assert.Equal(ListingStatus.Submitted, (await ListingAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, await ReviewAsync(moderator, id, "Approve", new() { ["Category"] = "Encouraged" }));
        var listing = await ListingAsync(id);
        Assert.Equal(ListingStatus.Published, listing.Status);

        // The public finds it typed without diacritics, with no contact anywhere.
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var search = await anonymous.GetStringAsync($"/api/search?q=tu+say+lanh+duoc+lieu+tra+my+mau+{token}");
        Assert.Contains(listing.PublicPath, search);
        Assert.Contains(listing.PublicPath, await anonymous.GetStringAsync($"/tim-kiem?q=tu+say+lanh+duoc+lieu+{token}"));
        Assert.DoesNotContain(contact, search);

        // A third member's interest is declined; member2's is forwarded.
        var declined = await SendInterestAsync(third, listing, "Công ty Thứ ba");
        var forwarded = await SendInterestAsync(sender, listing, "Hợp tác xã Dược liệu Trà My");
        Assert.Equal(HttpStatusCode.Redirect, await TriageAsync(moderator, declined, "Decline", nameof(DeclineReason.BenefitUnclear)));
        Assert.Equal(HttpStatusCode.Redirect, await TriageAsync(moderator, forwarded, "Forward"));
        Assert.Equal(InterestStatus.Declined, (await InterestAsync(declined)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/tai-khoan/quan-tam/{declined}")).StatusCode);

        // Double opt-in: nothing is released after the first acceptance, both contacts after the second.
        Assert.Equal(HttpStatusCode.Redirect, await ActAsync(owner, forwarded, "Accept"));
        Assert.DoesNotContain(contact, await sender.GetStringAsync($"/tai-khoan/quan-tam/{forwarded}"));
        Assert.DoesNotContain(SenderPhone, await owner.GetStringAsync($"/tai-khoan/quan-tam/{forwarded}"));
        Assert.Equal(HttpStatusCode.Redirect, await ActAsync(sender, forwarded, "Accept"));
        Assert.Equal(InterestStatus.Introduced, (await InterestAsync(forwarded)).Status);
        Assert.Contains(contact, await sender.GetStringAsync($"/tai-khoan/quan-tam/{forwarded}"));
        Assert.Contains(SenderPhone, await owner.GetStringAsync($"/tai-khoan/quan-tam/{forwarded}"));

        // The third member (whose own interest was declined) and anonymous visitors see neither side's contacts.
        Assert.Equal(HttpStatusCode.NotFound, (await third.GetAsync($"/tai-khoan/quan-tam/{forwarded}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/tai-khoan/quan-tam/{forwarded}")).StatusCode);
        foreach (var page in new[] { await third.GetStringAsync(listing.PublicPath), await anonymous.GetStringAsync(listing.PublicPath),
            await third.GetStringAsync($"/tai-khoan/quan-tam/{declined}"), await third.GetStringAsync("/tai-khoan/quan-tam") })
        {
            Assert.DoesNotContain(contact, page);
            Assert.DoesNotContain("0905 123 456", page);
            Assert.DoesNotContain(SenderPhone, page);
        }

        // The contract is signed and recorded; the statistics count it.
        var deal = new Dictionary<string, string> { ["FollowUp.State"] = "Deal", ["FollowUp.TransferType"] = "licence-non-exclusive", ["FollowUp.Value"] = "92000000" };
        Assert.Equal(HttpStatusCode.Redirect, await ActAsync(owner, forwarded, "FollowUp", deal));
        var done = await InterestAsync(forwarded);
        Assert.Equal((InterestStatus.Deal, "licence-non-exclusive", 92_000_000L), (done.Status, done.OutcomeTransferType, done.OutcomeValue));

        var after = await StatisticsAsync(anonymous);
        Assert.Equal(Figure(before, "tinDangDang") + 1, Figure(after, "tinDangDang"));
        Assert.Equal(CountOf(before, "loai", "offer") + 1, CountOf(after, "loai", "offer"));
        Assert.Equal(Figure(before, "quanTam") + 2, Figure(after, "quanTam"));
        Assert.Equal(Figure(before, "gioiThieu") + 1, Figure(after, "gioiThieu"));
        Assert.Equal(Figure(before, "giaoDich") + 1, Figure(after, "giaoDich"));
        Assert.Equal(Figure(before, "giaTriGiaoDich") + 92_000_000, Figure(after, "giaTriGiaoDich"));
        Assert.Equal(CountOf(before, "giao-dich-hinh-thuc", "licence-non-exclusive") + 1, CountOf(after, "giao-dich-hinh-thuc", "licence-non-exclusive"));
        Assert.Equal(JsonValueKind.Number, after.GetProperty("trungViNgayDenGioiThieu").ValueKind);
        var statistics = await anonymous.GetStringAsync("/san-cong-nghe/thong-ke");
        Assert.Contains(Formats.Money(Figure(after, "giaTriGiaoDich")), statistics);
        Assert.DoesNotContain("Hợp tác xã Dược liệu Trà My", statistics);
    }
}
