using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// The listing's way across roles over HTTP: a member submits, the moderator asks for changes, the member
/// resubmits, the moderator approves; the public finds it without diacritics and never sees the contacts.
/// </summary>
public sealed partial class ListingFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Contact = "lien-he-rieng@congty.vn";

    private static Dictionary<string, string> Offer(string title) => ExchangeTestData.OfferForm(title, Contact);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> form)
    {
        var html = await client.GetStringAsync(page);
        form["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken");
        if (StampOf(html) is { } stamp)
            form.TryAdd("Stamp", stamp);
        return await client.PostAsync($"{page}{(page.Contains('?') ? '&' : '?')}handler={handler}", new FormUrlEncodedContent(form));
    }

    private static string ErrorsOf(string html) => string.Join(" | ", ErrorText().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    private static string? StampOf(string html) => StampField().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private async Task<Listing> ListingAsync(int id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Listing>().AsNoTracking().SingleAsync(l => l.Id == id);
    }

    private static int IdOf(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());

    private async Task<int> SubmitAsync(HttpClient member, string title)
    {
        var created = await PostAsync(member, "/tai-khoan/tin-cong-nghe/moi?loai=chao-ban", "Submit", Offer(title));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, ErrorsOf(await created.Content.ReadAsStringAsync()));
        return IdOf(created);
    }

    [Fact]
    public async Task Submit_changes_requested_resubmit_approve_then_found_without_diacritics_and_contacts_never_public()
    {
        var member = await factory.SignedInAsync("member@test.vn");
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var id = await SubmitAsync(member, "Máy sấy nông sản năng lượng mặt trời");
        var listing = await ListingAsync(id);
        Assert.Equal(ListingStatus.Submitted, listing.Status);
        Assert.Matches(@"^CB-\d{4}-\d{4}$", listing.Code);
        Assert.Equal("Công ty Thử nghiệm Cơ khí", listing.OrganisationName);
        Assert.NotNull(listing.ReviewDueUtc);

        var queue = await moderator.GetStringAsync("/admin/san-cong-nghe");
        Assert.Contains(listing.Code, queue);
        var asked = await PostAsync(moderator, $"/admin/san-cong-nghe/{id}", "Changes", new() { ["Category"] = "Unlisted", ["Note"] = "Xin bổ sung kết quả đo kiểm." });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(ListingStatus.ChangesRequested, (await ListingAsync(id)).Status);
        Assert.Contains("Xin bổ sung kết quả đo kiểm.", await member.GetStringAsync("/tai-khoan/tin-cong-nghe"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(listing.PublicPath)).StatusCode);

        var form = Offer("Máy sấy nông sản năng lượng mặt trời");
        form["Input.Description"] += " Kết quả đo kiểm: đạt.";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(member, $"/tai-khoan/tin-cong-nghe/{id}", "Submit", form)).StatusCode);
        Assert.Equal(ListingStatus.Submitted, (await ListingAsync(id)).Status);

        var approved = await PostAsync(moderator, $"/admin/san-cong-nghe/{id}", "Approve", new() { ["Category"] = "Encouraged" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        listing = await ListingAsync(id);
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.Equal(factory.Clock.UtcNow.AddMonths(12).Date, listing.ExpiresUtc!.Value.Date);

        var anonymous = factory.Anonymous();
        var page = await anonymous.GetStringAsync(listing.PublicPath);
        Assert.Contains("Máy sấy nông sản năng lượng mặt trời", page);
        Assert.Contains("Công ty Thử nghiệm Cơ khí", page);
        Assert.Contains("\"@type\":\"Product\"", page);
        foreach (var secret in new[] { Contact, "Ngô Thị Liên", "0905 123 456" })
            Assert.DoesNotContain(secret, page);

        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var results = await scope.ServiceProvider.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest("may say nong san nang luong mat troi"));
        var hit = Assert.Single(results.Hits, h => h.Url == listing.PublicPath);
        Assert.DoesNotContain(Contact, hit.SnippetHtml);
        var api = await anonymous.GetStringAsync("/api/search?q=may+say+nong+san");
        Assert.Contains(listing.PublicPath, api);
        Assert.DoesNotContain(Contact, api);
    }

    [Fact]
    public async Task A_prohibited_listing_is_never_published_by_the_moderator_nor_by_a_recipe()
    {
        var member = await factory.SignedInAsync("member@test.vn");
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var id = await SubmitAsync(member, "Quy trình tổng hợp vũ khí hóa học");
        var listing = await ListingAsync(id);
        Assert.Contains("vũ khí hóa học", listing.CheckNotes);
        Assert.Contains("selected", ReviewCategory().Match(await moderator.GetStringAsync($"/admin/san-cong-nghe/{id}")).Value);

        var refused = await PostAsync(moderator, $"/admin/san-cong-nghe/{id}", "Approve", new() { ["Category"] = "Prohibited" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ExchangeTexts.ProhibitedNeverPublished, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(ListingStatus.Submitted, (await ListingAsync(id)).Status);

        var recipe = """
            { "steps": [ { "name": "listings", "listings": [ {
              "kind": "offer", "status": "published", "owner": "member@test.vn", "legalCategory": "prohibited",
              "title": "Công nghệ cấm", "summary": "Tóm tắt", "description": "Mô tả", "primaryField": "401",
              "provinceCode": "48", "contactName": "A", "contactEmail": "a@b.vn" } ] } ] }
            """;
        await using var scope = factory.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        var error = await Assert.ThrowsAsync<RecipeException>(() => runner.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(recipe)), "cam.json"));
        Assert.Contains("legalCategory", error.Message);
        Assert.False(await factory.Db(scope).Set<Listing>().AnyAsync(l => l.Title == "Công nghệ cấm"));
    }

    [Fact]
    public async Task Another_member_cannot_see_or_change_a_listing_by_trying_its_id()
    {
        var owner = await factory.SignedInAsync("member@test.vn");
        var other = await factory.SignedInAsync("member2@test.vn");
        var id = await SubmitAsync(owner, "Thiết bị lọc nước nano bạc");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/tai-khoan/tin-cong-nghe/{id}")).StatusCode);
        var html = await other.GetStringAsync("/tai-khoan/tin-cong-nghe");
        Assert.DoesNotContain("Thiết bị lọc nước nano bạc", html);
        foreach (var handler in new[] { "Save", "Withdraw" })
        {
            var form = Offer("Đã bị chiếm");
            form["__RequestVerificationToken"] = PortalFactory.FormValue(await other.GetStringAsync("/tai-khoan/tin-cong-nghe/moi"), "__RequestVerificationToken");
            form["Stamp"] = (await ListingAsync(id)).Stamp.ToString();
            var response = await other.PostAsync($"/tai-khoan/tin-cong-nghe/{id}?handler={handler}", new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var listing = await ListingAsync(id);
        Assert.Equal("Thiết bị lọc nước nano bạc", listing.Title);
        Assert.Equal(ListingStatus.Submitted, listing.Status);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/admin/san-cong-nghe/{id}")).StatusCode);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_Vietnamese_messages_and_nothing_is_stored()
    {
        var member = await factory.SignedInAsync("member@test.vn");
        var form = Offer("");
        form["Input.PrimaryField"] = "999";
        form["Input.Trl"] = "12";
        form["Input.ContactEmail"] = "khong-phai-thu";
        form["Input.TransferTypes"] = "ban-dut";
        form["Input.Summary"] = new string('a', 501);
        var response = await PostAsync(member, "/tai-khoan/tin-cong-nghe/moi", "Submit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var message in new[] { "Vui lòng nhập tiêu đề.", "Mức TRL phải từ 1 đến 9.", "Địa chỉ thư không hợp lệ.", "Tóm tắt dài tối đa 500 ký tự." })
            Assert.Contains(message, html);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Listing>().AnyAsync(l => l.ContactEmail == "khong-phai-thu"));
    }

    [Fact]
    public async Task Expiry_reminds_at_30_and_7_days_once_each_then_expires_and_the_owner_renews()
    {
        var member = await factory.SignedInAsync("member@test.vn");
        var moderator = await factory.SignedInAsync("moderator@test.vn");
        var id = await SubmitAsync(member, "Kho lạnh năng lượng mặt trời");
        await PostAsync(moderator, $"/admin/san-cong-nghe/{id}", "Approve", new() { ["Category"] = "Unlisted" });
        var listing = await ListingAsync(id);
        var start = factory.Clock.UtcNow;
        async Task<int> RemindersAsync()
        {
            await using var scope = factory.Scope();
            return await factory.Db(scope).Set<Portal.Modules.Mail.OutboxMessage>().CountAsync(m => m.To == Contact && m.Subject.Contains(listing.Code) && m.Subject.Contains("sắp hết hạn"));
        }
        async Task RunJobAsync()
        {
            await using var scope = factory.Scope();
            var job = scope.ServiceProvider.GetServices<Portal.Modules.Jobs.IPeriodicJob>().Single(j => j.Name == "exchange.expire-listings");
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }
        try
        {
            factory.Clock.Set(listing.ExpiresUtc!.Value.AddDays(-29));
            await RunJobAsync();
            await RunJobAsync();
            Assert.Equal(1, await RemindersAsync());
            factory.Clock.Set(listing.ExpiresUtc!.Value.AddDays(-6));
            await RunJobAsync();
            await RunJobAsync();
            Assert.Equal(2, await RemindersAsync());
            factory.Clock.Set(listing.ExpiresUtc!.Value.AddMinutes(1));
            await RunJobAsync();
            Assert.Equal(ListingStatus.Expired, (await ListingAsync(id)).Status);
            var page = await factory.Anonymous().GetStringAsync(listing.PublicPath);
            Assert.Contains("đã hết hạn", page);

            member = await factory.SignedInAsync("member@test.vn"); // a year on, the first session has long ended
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(member, $"/tai-khoan/tin-cong-nghe/{id}", "Renew", [])).StatusCode);
            var renewed = await ListingAsync(id);
            Assert.Equal(ListingStatus.Published, renewed.Status);
            Assert.True(renewed.ExpiresUtc > factory.Clock.UtcNow.AddMonths(11));
            Assert.Null(renewed.RemindedDaysBefore);
        }
        finally
        {
            factory.Clock.Set(start);
        }
    }

    [GeneratedRegex("name=\"Stamp\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex StampField();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex ErrorText();

    [GeneratedRegex("<option value=\"Prohibited\"[^>]*>")]
    private static partial Regex ReviewCategory();
}
