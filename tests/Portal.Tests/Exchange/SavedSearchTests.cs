using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>
/// Saved searches over HTTP and the digest job: double opt-in for visitors, one digest per new match, the
/// one-click unsubscribe, a member's own list, hostile input, and the RSS of a filtered list. Each test filters
/// on a word of its own, so other tests' listings never match.
/// </summary>
public sealed partial class SavedSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A word no other listing carries: letters only, so the index keeps it as one word.</summary>
    private static string Word() => "tu" + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    private static string Email() => $"theo-doi-{Guid.NewGuid():N}@vidu.vn";

    private static string SubscribePage(string query) => "/san-cong-nghe/nhan-thong-bao?loai=chao-ban&" + query;

    private static async Task<HttpResponseMessage> SubscribeAsync(HttpClient client, string page, string email, bool consent = true)
    {
        var html = await client.GetStringAsync(page);
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        };
        if (consent)
            form["Input.Consent"] = "true";
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    private async Task<List<SavedSearch>> SearchesAsync(string email)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<SavedSearch>().AsNoTracking().Where(s => s.Email == email).ToListAsync();
    }

    private async Task<List<OutboxMessage>> MailAsync(string to, string subjectPart)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to && m.Subject.Contains(subjectPart)).ToListAsync();
    }

    private static string Link(OutboxMessage mail, string path) =>
        new Uri(LinkPattern().Matches(mail.TextBody).Select(m => m.Value).Single(v => v.Contains(path, StringComparison.Ordinal))).PathAndQuery;

    private async Task RunDigestAsync()
    {
        await using var scope = factory.Scope();
        var job = scope.ServiceProvider.GetServices<IPeriodicJob>().Single(j => j.Name == "exchange.alert-digest");
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    /// <summary>08:00 of the next Vietnamese day: past the digest hour, and a new day for every search.</summary>
    private void NextMorning()
    {
        var morning = factory.Clock.VietnamNow.Date.AddDays(1).AddHours(8 - 7);
        factory.Clock.Set(new DateTimeOffset(DateTime.SpecifyKind(morning, DateTimeKind.Unspecified), TimeSpan.Zero));
    }

    /// <summary>A visitor's search on the word and Đà Nẵng (48), subscribed and confirmed through the mailed link.</summary>
    private async Task<string> ConfirmedVisitorAsync(HttpClient visitor, string word)
    {
        var email = Email();
        Assert.Equal(HttpStatusCode.Redirect, (await SubscribeAsync(visitor, SubscribePage($"q={word}&tinh=48"), email)).StatusCode);
        var confirm = Link(Assert.Single(await MailAsync(email, "Xác nhận")), "/xac-nhan");
        var html = await visitor.GetStringAsync(confirm);
        Assert.Contains("Xác nhận", html);
        var response = await visitor.PostAsync(confirm, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        }));
        Assert.Contains(AlertTexts.Confirmed, await response.Content.ReadAsStringAsync());
        Assert.True(Assert.Single(await SearchesAsync(email)).IsActive);
        return email;
    }

    [Fact]
    public async Task A_visitors_search_starts_only_after_the_mailed_confirmation()
    {
        var visitor = factory.Anonymous();
        var word = Word();
        var email = Email();
        var page = SubscribePage($"q={word}&tinh=48");
        Assert.DoesNotContain("checked", (await visitor.GetStringAsync(page)).Split("Input_Consent")[1].Split('>')[0]);

        var response = await SubscribeAsync(visitor, page, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(AlertTexts.CheckMail, await visitor.GetStringAsync(response.Headers.Location!.OriginalString));
        var search = Assert.Single(await SearchesAsync(email));
        Assert.False(search.IsActive);
        Assert.Equal((ListingKind.Offer, word, "tinh=48"), (search.Kind, search.Words, search.Filters));
        var mail = Assert.Single(await MailAsync(email, "Xác nhận"));
        Assert.Contains("Tỉnh, thành phố: Đà Nẵng", mail.TextBody);

        await ExchangeTestData.PublishOfferAsync(factory, $"Máy sấy {word} chưa xác nhận");
        NextMorning();
        await RunDigestAsync();
        Assert.Empty(await MailAsync(email, "tin mới"));
        Assert.Contains(AlertTexts.LinkInvalid, await visitor.GetStringAsync("/san-cong-nghe/nhan-thong-bao/xac-nhan?ma=" + new string('x', 43)));
    }

    [Fact]
    public async Task A_new_matching_listing_is_mailed_once_in_one_digest_and_a_non_matching_one_never()
    {
        var visitor = factory.Anonymous();
        var word = Word();
        var email = await ConfirmedVisitorAsync(visitor, word);
        var matching = await ExchangeTestData.PublishOfferAsync(factory, $"Máy sấy bơm nhiệt {word}");
        var elsewhere = await ExchangeTestData.PublishOfferAsync(factory, $"Máy sấy ở Tây Ninh {word}", province: "66");

        NextMorning();
        await RunDigestAsync();
        await RunDigestAsync();
        NextMorning();
        await RunDigestAsync();

        var digest = Assert.Single(await MailAsync(email, "tin mới"));
        Assert.Contains(matching.Code, digest.TextBody);
        Assert.Contains(matching.Page, digest.TextBody);
        Assert.DoesNotContain(elsewhere.Code, digest.TextBody);
        Assert.Contains("/san-cong-nghe/nhan-thong-bao/huy?ma=", digest.TextBody);

        var another = await ExchangeTestData.PublishOfferAsync(factory, $"Máy sấy thế hệ hai {word}");
        NextMorning();
        await RunDigestAsync();
        var digests = await MailAsync(email, "tin mới");
        Assert.Equal(2, digests.Count);
        var second = digests.OrderBy(m => m.Id).Last().TextBody;
        Assert.Contains(another.Code, second);
        Assert.DoesNotContain(matching.Code, second);
    }

    [Fact]
    public async Task The_unsubscribe_link_asks_first_then_one_click_removes_the_search()
    {
        var visitor = factory.Anonymous();
        var word = Word();
        var email = await ConfirmedVisitorAsync(visitor, word);
        await ExchangeTestData.PublishOfferAsync(factory, $"Chế phẩm vi sinh {word}");
        NextMorning();
        await RunDigestAsync();
        var unsubscribe = Link(Assert.Single(await MailAsync(email, "tin mới")), "/huy");

        var ask = await factory.Anonymous().GetStringAsync(unsubscribe);
        Assert.Contains("Hủy theo dõi", ask);
        Assert.Contains(word, ask);
        Assert.Single(await SearchesAsync(email));

        // RFC 8058: what a mail client posts, with no page and no antiforgery token.
        var response = await factory.Anonymous().PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AlertTexts.Unsubscribed, await response.Content.ReadAsStringAsync());
        Assert.Empty(await SearchesAsync(email));
        Assert.Contains(AlertTexts.LinkInvalid, await factory.Anonymous().GetStringAsync(unsubscribe));
    }

    [Fact]
    public async Task Without_consent_nothing_is_stored_and_the_form_says_why_in_Vietnamese()
    {
        var visitor = factory.Anonymous();
        var email = Email();

        var response = await SubscribeAsync(visitor, SubscribePage($"q={Word()}"), email, consent: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AlertTexts.ConsentRequired, await response.Content.ReadAsStringAsync());
        Assert.Empty(await SearchesAsync(email));
        Assert.Empty(await MailAsync(email, ""));

        var named = await SubscribeAsync(visitor, SubscribePage($"q={Word()}"), $"Nguyễn Văn A <{email}>");
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains(AlertTexts.EmailInvalid, await named.Content.ReadAsStringAsync());
        Assert.Empty(await SearchesAsync(email));
    }

    [Fact]
    public async Task An_address_holds_at_most_twenty_searches_and_a_visitor_is_not_told_so()
    {
        var email = Email();
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            for (var i = 0; i < AlertTexts.MaxPerEmail; i++)
                db.Add(new SavedSearch { Email = email, Words = Word(), UnsubscribeToken = SavedSearch.NewToken(), CreatedUtc = factory.Clock.UtcNow, NotifiedUntilUtc = factory.Clock.UtcNow });
            await db.SaveChangesAsync();
        }
        var visitor = factory.Anonymous();

        var response = await SubscribeAsync(visitor, SubscribePage($"q={Word()}"), email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(AlertTexts.CheckMail, await visitor.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(AlertTexts.MaxPerEmail, (await SearchesAsync(email)).Count);
        Assert.Empty(await MailAsync(email, "Xác nhận"));
    }

    [Theory]
    [InlineData("loai=chao-ban&tinh=%3Cscript%3E", AlertTexts.FiltersInvalid)]
    [InlineData("loai=chao-ban&linh-vuc=401&linh-vuc=401%27%20OR%201%3D1", AlertTexts.FiltersInvalid)]
    [InlineData("loai=chao-ban&q=LONG", AlertTexts.FiltersInvalid)]
    [InlineData("loai=chao-ban&trl=1&trl=2&trl=3&trl=4&trl=5&trl=6&trl=7&trl=8&trl=9&trl=1&trl=2&trl=3&trl=4&trl=5&trl=6&trl=7&trl=8&trl=9&trl=1&trl=2&trl=3", AlertTexts.FiltersInvalid)]
    [InlineData("loai=ban-ca&tinh=48", AlertTexts.KindRequired)]
    [InlineData("tinh=48", AlertTexts.KindRequired)]
    public async Task Garbage_or_oversized_filters_get_a_clear_message_and_nothing_is_stored(string query, string message)
    {
        var visitor = factory.Anonymous();
        var page = "/san-cong-nghe/nhan-thong-bao?" + query.Replace("LONG", new string('a', 300));
        var email = Email();
        var get = await visitor.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains(message, await get.Content.ReadAsStringAsync());

        var token = await PortalFactory.AntiforgeryTokenAsync(visitor, SubscribePage("tinh=48"));
        var post = await visitor.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Consent"] = "true", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains(message, await post.Content.ReadAsStringAsync());
        Assert.Empty(await SearchesAsync(email));
    }

    [Fact]
    public async Task A_member_subscribes_at_once_sees_only_their_own_and_no_one_else_can_delete_them()
    {
        var member = await factory.SignedInAsync("member@test.vn");
        var other = await factory.SignedInAsync("member2@test.vn");
        var word = Word();
        var page = SubscribePage($"q={word}&linh-vuc=401");
        Assert.Contains("value=\"member@test.vn\"", await member.GetStringAsync(page));

        var response = await SubscribeAsync(member, page, "member@test.vn");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var search = Assert.Single(await SearchesAsync("member@test.vn"), s => s.Words == word);
        Assert.True(search.IsActive);
        Assert.Null(search.ConfirmToken);
        Assert.Contains(word, await member.GetStringAsync("/tai-khoan/theo-doi"));
        Assert.DoesNotContain(word, await other.GetStringAsync("/tai-khoan/theo-doi"));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Anonymous().GetAsync("/tai-khoan/theo-doi")).StatusCode);

        var otherToken = await PortalFactory.AntiforgeryTokenAsync(other, SubscribePage("tinh=48"));
        var refused = await other.PostAsync("/tai-khoan/theo-doi?handler=Delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = search.Id.ToString(), ["__RequestVerificationToken"] = otherToken }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Single(await SearchesAsync("member@test.vn"), s => s.Words == word);

        var ownToken = PortalFactory.FormValue(await member.GetStringAsync("/tai-khoan/theo-doi"), "__RequestVerificationToken");
        var deleted = await member.PostAsync("/tai-khoan/theo-doi?handler=Delete",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = search.Id.ToString(), ["__RequestVerificationToken"] = ownToken }));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await SearchesAsync("member@test.vn"), s => s.Words == word);
    }

    [Fact]
    public async Task The_rss_of_a_filtered_list_lists_only_its_matching_listings()
    {
        var word = Word();
        var danang = await ExchangeTestData.PublishOfferAsync(factory, $"Thiết bị lọc nước {word}");
        var tayninh = await ExchangeTestData.PublishOfferAsync(factory, $"Thiết bị lọc khí {word}", province: "66");
        var anonymous = factory.Anonymous();

        var filtered = await anonymous.GetStringAsync($"/san-cong-nghe/chao-ban/rss?q={word}&tinh=48");
        var other = await anonymous.GetStringAsync($"/san-cong-nghe/chao-ban/rss?q={word}&tinh=66&utm_source=x");
        var words = await anonymous.GetStringAsync($"/san-cong-nghe/chao-ban/rss?q={word}");

        Assert.Contains(danang.Code, filtered);
        Assert.DoesNotContain(tayninh.Code, filtered);
        Assert.Contains(tayninh.Code, other);
        Assert.DoesNotContain(danang.Code, other);
        Assert.Contains(danang.Code, words);
        Assert.Contains(tayninh.Code, words);
        Assert.Contains($"/san-cong-nghe/chao-ban/rss?q={word}&amp;tinh=48", await anonymous.GetStringAsync($"/san-cong-nghe/chao-ban?q={word}&tinh=48"));

        // The cached feed is evicted by the next publication, whatever parameters it was asked with.
        var later = await ExchangeTestData.PublishOfferAsync(factory, $"Thiết bị lọc bụi {word}");
        Assert.Contains(later.Code, await anonymous.GetStringAsync($"/san-cong-nghe/chao-ban/rss?q={word}&tinh=48"));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
