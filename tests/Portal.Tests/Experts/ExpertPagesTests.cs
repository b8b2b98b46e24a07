using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>/chuyen-gia and /chuyen-gia/{slug} over HTTP: who sees which contact, search without contacts, withdrawal at once.</summary>
public sealed class ExpertPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A made-up syllable no other test's data holds, so searches find only this test's expert.</summary>
    private static string Token() => "Kh" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(c => (char)('a' + (c - 'a') % 26)));

    private async Task CatchUpAsync()
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_public_field_with_consent_shows_to_everyone_and_a_field_without_consent_to_no_visitor()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Nguyễn Văn {Token()}", ContactVisibility.Public, ConsentPurposes.DisplayEmail);

        var html = await GetAsync(factory.Anonymous(), expert.Page);

        Assert.Contains(expert.Email, html);
        Assert.DoesNotContain(expert.Phone, html);
        Assert.Contains("\"@type\":\"Person\"", html);
    }

    [Fact]
    public async Task Members_only_contacts_reach_signed_in_members_and_staff_but_not_anonymous_visitors_or_json_ld()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Trần Thị {Token()}", ContactVisibility.MembersOnly, ConsentPurposes.DisplayEmail, ConsentPurposes.DisplayPhone);

        var anonymous = await GetAsync(factory.Anonymous(), expert.Page);
        var member = await GetAsync(await factory.SignedInAsync("member@test.vn"), expert.Page);

        Assert.DoesNotContain(expert.Email, anonymous);
        Assert.DoesNotContain(expert.Phone, anonymous);
        Assert.Contains(expert.Email, member);
        Assert.Contains(expert.Phone, member);
        var jsonLd = member[member.IndexOf("application/ld+json", StringComparison.Ordinal)..];
        Assert.DoesNotContain(expert.Email, jsonLd[..jsonLd.IndexOf("</script>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Form_only_contacts_reach_staff_alone()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Lê Minh {Token()}", ContactVisibility.FormOnly, ConsentPurposes.DisplayEmail, ConsentPurposes.DisplayPhone);

        Assert.DoesNotContain(expert.Email, await GetAsync(factory.Anonymous(), expert.Page));
        Assert.DoesNotContain(expert.Email, await GetAsync(await factory.SignedInAsync("member@test.vn"), expert.Page));
        Assert.Contains(expert.Email, await GetAsync(await factory.SignedInAsync("moderator@test.vn"), expert.Page));
    }

    [Fact]
    public async Task The_list_finds_an_expert_without_diacritics_and_by_facets_but_never_by_a_contact_value()
    {
        var token = Token();
        var expert = await ExpertTestData.PublishAsync(factory, $"Phạm Đức {token}", ContactVisibility.Public, ConsentPurposes.DisplayEmail);
        await CatchUpAsync();
        var client = factory.Anonymous();

        var folded = await GetAsync(client, $"/chuyen-gia?q=pham+duc+{token.ToLowerInvariant()}");
        var faceted = await GetAsync(client, $"/chuyen-gia?q={token}&hoc-vi=ts&chuc-danh=pgs&linh-vuc=401&tinh=48&ngoai-ngu=en&san-sang=consulting");
        var otherDegree = await GetAsync(client, $"/chuyen-gia?q={token}&hoc-vi=ths");
        var byEmail = await GetAsync(client, "/chuyen-gia?q=" + Uri.EscapeDataString(expert.Email.Split('@')[0]));

        Assert.Contains(expert.Page, folded);
        Assert.Contains(expert.Page, faceted);
        Assert.DoesNotContain(expert.Page, otherDegree);
        Assert.DoesNotContain(expert.Page, byEmail);
        Assert.Contains("0 chuyên gia", byEmail);
    }

    [Fact]
    public async Task A_name_typed_without_marks_with_a_typo_or_with_wrong_marks_still_finds_the_expert()
    {
        var token = Token();
        var expert = await ExpertTestData.PublishAsync(factory, $"Nguyễn Văn {token}");
        await CatchUpAsync();
        var client = factory.Anonymous();
        var lower = token.ToLowerInvariant();

        var plain = await GetAsync(client, $"/chuyen-gia?q=Nguyen+Van+{lower}");
        var typo = await GetAsync(client, $"/chuyen-gia?q=Ngyen+Van+{lower}");
        var wrongMarks = await GetAsync(client, "/chuyen-gia?q=" + Uri.EscapeDataString($"Nguễn Văn {token}"));
        var typoInTheRareWord = await GetAsync(client, $"/chuyen-gia?q={lower[..^1]}{(lower[^1] == 'x' ? 'y' : 'x')}+nguyen");
        // The last word is searched as a prefix: a letter too many there is still a typo to correct.
        var typoInTheLastWord = await GetAsync(client, $"/chuyen-gia?q=nguyen+van+{lower}q");

        Assert.Contains(expert.Page, plain);
        Assert.DoesNotContain("Đang hiện kết quả cho", plain);
        foreach (var page in new[] { typo, wrongMarks, typoInTheRareWord, typoInTheLastWord })
        {
            Assert.Contains(expert.Page, page);
            Assert.Contains("Đang hiện kết quả cho", page);
        }
    }

    [Fact]
    public async Task Withdrawing_the_listing_consent_removes_the_page_list_entry_and_cached_copy_at_once()
    {
        var token = Token();
        var expert = await ExpertTestData.PublishAsync(factory, $"Võ Thanh {token}");
        await CatchUpAsync();
        var client = factory.Anonymous();
        Assert.Contains(expert.Page, await GetAsync(client, $"/chuyen-gia?q={token}"));
        await GetAsync(client, expert.Page);
        Assert.Contains(expert.Page, await GetAsync(client, "/sitemap.xml"));

        await ExpertTestData.ConsentAsync(factory, expert.Id, ConsentPurposes.Listed, false);
        await CatchUpAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(expert.Page)).StatusCode);
        Assert.DoesNotContain(expert.Page, await GetAsync(client, $"/chuyen-gia?q={token}"));
        Assert.DoesNotContain(expert.Page, await GetAsync(client, "/sitemap.xml"));
    }

    [Fact]
    public async Task Withdrawing_a_display_consent_hides_that_contact_from_the_cached_page_at_once()
    {
        var expert = await ExpertTestData.PublishAsync(factory, $"Đặng Hòa {Token()}", ContactVisibility.Public, ConsentPurposes.DisplayEmail);
        var client = factory.Anonymous();
        Assert.Contains(expert.Email, await GetAsync(client, expert.Page));

        await ExpertTestData.ConsentAsync(factory, expert.Id, ConsentPurposes.DisplayEmail, false);

        Assert.DoesNotContain(expert.Email, await GetAsync(client, expert.Page));
    }

    [Theory]
    [InlineData("/chuyen-gia?hoc-vi=xyz&tinh=%3Cscript%3E&linh-vuc=999")]
    [InlineData("/chuyen-gia?trang=999999999999&q=%3Cscript%3E%27--")]
    [InlineData("/chuyen-gia?co-quan=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Hostile_parameters_get_a_page_not_an_error(string path)
    {
        var response = await factory.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Drafts_and_unknown_slugs_answer_404()
    {
        await using (var scope = factory.Scope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<ExpertWorkflow>();
            var draft = await workflow.CreateAsync(ExpertTestData.Input("Nháp Chưa Đăng Bao Giờ"), CancellationToken.None);
            await workflow.RecordConsentAsync(draft, ConsentPurposes.Listed, true, "v1", "staff", null, CancellationToken.None);
            await factory.Db(scope).SaveChangesAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/chuyen-gia/" + draft.Slug)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/chuyen-gia/" + new string('a', 300))).StatusCode);
    }
}
