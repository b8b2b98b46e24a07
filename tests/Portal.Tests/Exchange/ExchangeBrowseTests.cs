using System.Net;
using System.Text.RegularExpressions;
using Portal.Modules.Exchange;
using static Portal.Tests.Exchange.ExchangeBrowseFactory;

namespace Portal.Tests.Exchange;

/// <summary>The exchange's public pages over HTTP: landing, lists per kind with words and facets, RSS, sitemap.</summary>
public sealed partial class ExchangeBrowseTests(ExchangeBrowseFactory factory) : IClassFixture<ExchangeBrowseFactory>
{
    private async Task<string> GetAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>The listing codes the page links to, in order.</summary>
    private static List<string> Codes(string html) =>
        CardLink().Matches(html).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();

    private static IEnumerable<string> Published(string kind) => PublicOf(kind);

    private static void NoContacts(string text)
    {
        Assert.DoesNotContain(Secret, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0905 777 888", text);
        Assert.DoesNotContain("lienhe.vn", text);
    }

    [Theory]
    [InlineData("chao-ban", "offer")]
    [InlineData("tim-mua", "demand")]
    [InlineData("thiet-bi", "equipment")]
    public async Task A_kind_lists_its_published_listings_only_and_no_contacts(string slug, string kind)
    {
        var html = await GetAsync($"/san-cong-nghe/{slug}");

        Assert.Equal(Published(kind).Order(), Codes(html).Order());
        Assert.Contains($"{Published(kind).Count()} tin", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"", html);
        Assert.Matches($"rel=\"canonical\" href=\"[^\"]*/san-cong-nghe/{slug}\"", html);
        Assert.Contains("aria-current=\"page\"", html);
        NoContacts(html);
    }

    [Fact]
    public async Task Drafts_submitted_prohibited_and_expired_listings_never_appear()
    {
        var html = await GetAsync("/san-cong-nghe/chao-ban?q=may+say");

        Assert.Equal(["CB-2026-0901"], Codes(html));
        foreach (var hidden in Listings.Where(l => !PublicCodes.Contains(l.Code)))
            Assert.DoesNotContain(hidden.Title, html);
    }

    [Fact]
    public async Task Words_without_diacritics_find_the_listing()
    {
        var html = await GetAsync("/san-cong-nghe/chao-ban?q=che+pham+vi+sinh+ca+phe");

        Assert.Equal(["CB-2026-0902"], Codes(html));
        Assert.Contains("cho „che pham vi sinh ca phe”", html);
    }

    [Fact]
    public async Task Values_of_one_facet_are_ored_and_facets_anded_with_counts_that_show_alternatives()
    {
        var one = Codes(await GetAsync("/san-cong-nghe/chao-ban?linh-vuc=401"));
        var either = await GetAsync("/san-cong-nghe/chao-ban?linh-vuc=401&linh-vuc=502");
        var both = Codes(await GetAsync("/san-cong-nghe/chao-ban?linh-vuc=401&linh-vuc=502&linh-vuc=508&tinh=48"));

        Assert.Equal(["CB-2026-0901"], one);
        Assert.Equal(["CB-2026-0901", "CB-2026-0902"], Codes(either).Order());
        Assert.Equal(["CB-2026-0901", "CB-2026-0903"], both.Order());
        // The field facet, filtered, still counts its third value; the province facet counts the filtered matches.
        Assert.Matches(@"name=""linh-vuc"" value=""508""[^>]*>\s*<label[^>]*>508 – [^<]*<span class=""count"">\(1\)", either);
        Assert.Matches(@"name=""linh-vuc"" value=""401"" checked=""checked""", either);
        Assert.Matches(@"name=""tinh"" value=""48""[^>]*>\s*<label[^>]*>[^<]*<span class=""count"">\(1\)", either);
        Assert.Matches(@"name=""tinh"" value=""66""[^>]*>\s*<label[^>]*>[^<]*<span class=""count"">\(1\)", either);
    }

    [Fact]
    public async Task Filters_by_trl_transfer_and_price_with_vietnamese_labels()
    {
        var html = await GetAsync("/san-cong-nghe/chao-ban?trl=7&trl=8&hinh-thuc=licence-exclusive");

        Assert.Equal(["CB-2026-0903"], Codes(html));
        Assert.Contains("<legend>Mức sẵn sàng (TRL)</legend>", html);
        Assert.Contains("<legend>Hình thức chuyển giao</legend>", html);
        Assert.Contains("Giá theo yêu cầu", html);
        Assert.Contains("Một viện nghiên cứu tại Đà Nẵng", html);
    }

    [Fact]
    public async Task Sort_by_date_keeps_the_words_and_filters_in_its_links()
    {
        var html = await GetAsync("/san-cong-nghe/chao-ban?q=nong+san&sap-xep=ngay&gia=negotiable&gia=on-request");

        Assert.Equal(["CB-2026-0901", "CB-2026-0903"], Codes(html).Order());
        Assert.Contains("<strong>mới nhất</strong>", html);
        Assert.Contains("href=\"/san-cong-nghe/chao-ban?q=nong%20san&gia=negotiable&gia=on-request\"", html);
    }

    [Fact]
    public async Task Nothing_found_says_so_in_vietnamese()
    {
        var html = await GetAsync("/san-cong-nghe/thiet-bi?q=tau+vu+tru");

        Assert.Empty(Codes(html));
        Assert.Contains(ExchangeTexts.NoListings, html);
    }

    [Theory]
    [InlineData("?linh-vuc=999999")]
    [InlineData("?tinh=%E2%80%AE48&trl=abc&gia=<script>")]
    [InlineData("?phap-ly=prohibited&phap-ly=")]
    public async Task Unknown_values_are_left_out_and_the_page_says_so(string query)
    {
        var html = await GetAsync("/san-cong-nghe/chao-ban" + query);

        if (query.Contains("prohibited"))
            Assert.Empty(Codes(html));
        else
        {
            Assert.Contains(ExchangeTexts.FiltersIgnored, html);
            Assert.Equal(Published("offer").Order(), Codes(html).Order());
        }
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Hostile_parameters_never_fail()
    {
        var many = string.Concat(Enumerable.Range(0, 200).Select(i => $"&linh-vuc={i}"));
        var huge = new string('đ', 5000);
        foreach (var query in new[]
        {
            "?q=" + huge, "?trang=99999999999", "?trang=-1", "?trang=600", "?sap-xep=" + huge, "?q=%ED%A0%80" + many,
            "?q=\"\"\"-*NEAR(a)&tinh=" + huge, "?" + string.Join('&', Enumerable.Range(0, 300).Select(i => $"x{i}=1")),
        })
        {
            var response = await factory.CreateClient().GetAsync("/san-cong-nghe/chao-ban" + query);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query[..Math.Min(60, query.Length)]}: {(int)response.StatusCode}");
        }
        Assert.Contains(ExchangeTexts.FiltersIgnored, await GetAsync("/san-cong-nghe/chao-ban?" + many[1..]));
    }

    [Fact]
    public async Task Literal_kind_routes_beat_the_listing_code_route_which_still_works()
    {
        Assert.Contains("<h1>Chào bán công nghệ</h1>", await GetAsync("/san-cong-nghe/chao-ban"));
        Assert.Contains("Máy sấy nông sản bằng bơm nhiệt", await GetAsync("/san-cong-nghe/cb-2026-0901"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/san-cong-nghe/khong-co")).StatusCode);
    }

    [Fact]
    public async Task The_landing_page_counts_each_kind_and_shows_the_newest()
    {
        var html = await GetAsync("/san-cong-nghe");

        Assert.Contains($"<strong>{Published("offer").Count()}</strong> tin chào bán công nghệ", html);
        Assert.Contains($"<strong>{Published("demand").Count()}</strong> tin tìm mua công nghệ", html);
        Assert.Contains($"<strong>{Published("equipment").Count()}</strong> tin thiết bị", html);
        var shown = Codes(html);
        Assert.Equal(new[] { "offer", "demand", "equipment" }.Sum(k => Math.Min(3, Published(k).Count())), shown.Count);
        Assert.Subset(PublicCodes.ToHashSet(), shown.ToHashSet());
        Assert.Contains("action=\"/tim-kiem\"", html);
        NoContacts(html);
    }

    [Fact]
    public async Task Rss_per_kind_holds_the_published_listings_without_contacts()
    {
        var response = await factory.CreateClient().GetAsync("/san-cong-nghe/chao-ban/rss");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Published("offer").Order(), RssLink().Matches(xml).Select(m => m.Groups[1].Value.ToUpperInvariant()).Order());
        Assert.DoesNotContain(ExpiredCode, xml, StringComparison.OrdinalIgnoreCase);
        NoContacts(xml);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/san-cong-nghe/khac/rss")).StatusCode);
    }

    [Fact]
    public async Task Sitemap_lists_the_exchange_pages_and_published_listings_only()
    {
        var xml = await factory.CreateClient().GetStringAsync("/sitemap.xml");

        var listed = SitemapListing().Matches(xml).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();
        Assert.Equal(PublicCodes.Order(), listed.Order());
        Assert.Contains("/san-cong-nghe</loc>", xml);
        Assert.Contains("/san-cong-nghe/tim-mua</loc>", xml);
        NoContacts(xml);
    }

    [Fact]
    public async Task The_search_page_names_listing_types_and_exchange_facets_in_vietnamese()
    {
        var html = await GetAsync("/tim-kiem?q=may+say&f.kind=offer&f.kind=demand&f.kind=equipment");

        Assert.Contains("Chào bán công nghệ", html);
        Assert.Contains("Loại tin công nghệ", html);
        Assert.Contains("Hình thức chuyển giao", html);
        Assert.Contains("Đà Nẵng", await GetAsync("/tim-kiem?q=nong+san&f.province=48&f.kind=offer"));
        Assert.DoesNotContain(">offer<", html);
        NoContacts(html);
    }

    [GeneratedRegex(@"<h3><a href=""/san-cong-nghe/([a-z]{2}-\d{4}-\d{4})"">")]
    private static partial Regex CardLink();

    [GeneratedRegex(@"<link>[^<]*/san-cong-nghe/([a-z]{2}-\d{4}-\d{4})</link>")]
    private static partial Regex RssLink();

    [GeneratedRegex(@"<loc>[^<]*/san-cong-nghe/([a-z]{2}-\d{4}-\d{4})</loc>")]
    private static partial Regex SitemapListing();
}
