using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Documents;

/// <summary>/van-ban: keyword box, filters (issuer, S&amp;T field, year, validity), the download column; GET only, no JavaScript.</summary>
public sealed class DocumentListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public const string Pdf = "7d1c0000000000000000000000000005";

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private Task<(string Id, string Slug)> PublishAsync(string title, string number, string issuer, string date, string extra = "") =>
        factory.PublishedAsync("document", title,
            $$"""{"number":"{{number}}","kind":"quyet-dinh","issuer":"{{issuer}}","issuedDate":"{{date}}","fileMediaId":"{{Pdf}}"{{extra}}}""");

    private async Task<string> ListAsync(string query)
    {
        var response = await factory.Anonymous().GetAsync("/van-ban" + query);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return html;
    }

    [Fact]
    public async Task Keyword_finds_a_document_by_the_start_of_its_number_in_any_case()
    {
        var code = Unique();
        var number = $"731/QĐ-{code.ToUpperInvariant()}";
        var (_, slug) = await PublishAsync($"Quyết định thử số hiệu {code}", number, "Sở Khoa học và Công nghệ", "2024-04-02");
        var (_, other) = await PublishAsync($"Quyết định khác {code}", $"732/QĐ-{code.ToUpperInvariant()}", "Sở Khoa học và Công nghệ", "2024-04-03");

        var html = await ListAsync($"?q={Uri.EscapeDataString(number.ToLowerInvariant())}");

        Assert.Contains($"href=\"/van-ban/{slug}\"", html);
        Assert.DoesNotContain($"href=\"/van-ban/{other}\"", html);
        Assert.Contains($"value=\"{number.ToLowerInvariant()}\"", html);
    }

    [Fact]
    public async Task Keyword_finds_a_document_by_words_of_its_title_through_the_search_index()
    {
        var word = "xyzvanban" + Unique();
        var (_, slug) = await PublishAsync($"Kế hoạch phát triển {word} năm 2025", $"9{Unique()}/KH-KHCN", "Sở Khoa học và Công nghệ", "2025-02-10");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();

        var html = await ListAsync($"?q={word}");

        Assert.Contains($"href=\"/van-ban/{slug}\"", html);
        Assert.Contains("1 văn bản phù hợp", html);
        Assert.Contains("Không có văn bản nào phù hợp", await ListAsync($"?q=khongco{Unique()}"));
    }

    [Fact]
    public async Task Issuer_year_and_field_filters_offer_only_existing_values_and_narrow_the_list()
    {
        var issuer = $"Ủy ban nhân dân huyện thử {Unique()}";
        var (_, old) = await PublishAsync("Quyết định năm 2011 " + Unique(), $"1{Unique()}/QĐ-UBND", issuer, "2011-06-15", ""","fieldCodes":["401"]""");
        var (_, recent) = await PublishAsync("Quyết định năm 2012 " + Unique(), $"2{Unique()}/QĐ-UBND", issuer, "2012-06-15");
        var (_, elsewhere) = await PublishAsync("Quyết định nơi khác " + Unique(), $"3{Unique()}/QĐ-SKHCN", "Sở Khoa học và Công nghệ", "2011-07-01");

        var all = await ListAsync("");
        Assert.Contains("<option value=\"2011\">2011</option>", all);
        Assert.DoesNotContain("<option value=\"1999\">", all);
        Assert.Contains($"<option value=\"{issuer}\">{issuer}</option>", all);
        Assert.Contains("<option value=\"401\">Trồng trọt</option>", all);

        var byIssuer = await ListAsync($"?co-quan={Uri.EscapeDataString(issuer)}");
        Assert.Contains(old, byIssuer);
        Assert.Contains(recent, byIssuer);
        Assert.DoesNotContain(elsewhere, byIssuer);

        var byIssuerAndYear = await ListAsync($"?co-quan={Uri.EscapeDataString(issuer)}&nam=2011");
        Assert.Contains(old, byIssuerAndYear);
        Assert.DoesNotContain(recent, byIssuerAndYear);
        Assert.Contains("<option value=\"2011\" selected=\"selected\">2011</option>", byIssuerAndYear);

        var byField = await ListAsync("?linh-vuc=401");
        Assert.Contains(old, byField);
        Assert.DoesNotContain(recent, byField);
        Assert.DoesNotContain(elsewhere, byField);
    }

    [Fact]
    public async Task Validity_filter_separates_documents_in_force_expired_and_replaced()
    {
        var code = Unique().ToUpperInvariant();
        var issuer = $"Sở thử hiệu lực {code}";
        var (_, inForce) = await PublishAsync("Văn bản còn hiệu lực " + code, $"10/TB-{code}", issuer, "2023-01-10");
        var (_, expired) = await PublishAsync("Văn bản hết hiệu lực " + code, $"11/TB-{code}", issuer, "2023-01-11", ""","validity":"het-hieu-luc" """);
        var (_, replaced) = await PublishAsync("Văn bản bị thay thế " + code, $"12/TB-{code}", issuer, "2023-01-12", ""","validity":"bi-thay-the" """);
        var (_, replacing) = await PublishAsync("Văn bản thay thế " + code, $"13/TB-{code}", issuer, "2023-02-01", $$""","replaces":"12/TB-{{code}}" """);
        var scope = $"?co-quan={Uri.EscapeDataString(issuer)}";

        var current = await ListAsync(scope + "&hieu-luc=con-hieu-luc");
        Assert.Contains(inForce, current);
        Assert.Contains(replacing, current);
        Assert.DoesNotContain(expired, current);
        Assert.DoesNotContain(replaced, current);

        var old = await ListAsync(scope + "&hieu-luc=het-hieu-luc");
        Assert.Contains(expired, old);
        Assert.DoesNotContain(inForce, old);

        var superseded = await ListAsync(scope + "&hieu-luc=bi-thay-the");
        Assert.Contains(replaced, superseded);
        Assert.Contains($"bởi <a href=\"/van-ban/{replacing}\">văn bản số 13/TB-{code}</a>", superseded);
        Assert.DoesNotContain($"href=\"/van-ban/{inForce}\"", superseded);

        // The cache keys on the filter: the unfiltered list still shows all four.
        var everything = await ListAsync(scope);
        Assert.All(new[] { inForce, expired, replaced, replacing }, slug => Assert.Contains(slug, everything));
    }

    [Fact]
    public async Task Each_document_has_a_download_link_with_its_format_and_size()
    {
        var number = $"77/KH-{Unique().ToUpperInvariant()}";
        await PublishAsync("Kế hoạch có tệp " + Unique(), number, "Sở Khoa học và Công nghệ", "2024-08-08");

        var html = await ListAsync($"?q={Uri.EscapeDataString(number)}");

        Assert.Matches($"<a href=\"/media/[^\"/]+/original\\.pdf\" download>Tải văn bản<span class=\"visually-hidden\"> số {number}</span></a>", html);
        Assert.Matches(@"<span class=""file-size"">\(PDF, [0-9,]+ (KB|MB)\)</span>", html);
    }

    [Fact]
    public async Task Values_the_lists_do_not_offer_are_ignored_without_an_error()
    {
        var html = await ListAsync($"?nam=abc&trang=-4&co-quan=khong-co&linh-vuc=999999&hieu-luc=sai&loai=x&q={new string('a', 400)}");

        Assert.Contains("<h1>Văn bản</h1>", html);
        Assert.DoesNotContain("selected=\"selected\">", html);
    }
}
