using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Plans;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>The public plan pages: the official document layout and its totals, drafts kept out, replacement links, sitemap and search.</summary>
public sealed class PlanPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await factory.Anonymous().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> SitemapLocsAsync()
    {
        var locs = new List<string>();
        var pending = new Queue<string>(["/sitemap.xml"]);
        while (pending.TryDequeue(out var url))
        {
            var xml = XDocument.Parse(await factory.Anonymous().GetStringAsync(url));
            foreach (var loc in xml.Descendants(Sitemap + "loc").Select(l => l.Value))
            {
                if (xml.Root!.Name.LocalName == "sitemapindex")
                    pending.Enqueue(new Uri(loc).PathAndQuery);
                else
                    locs.Add(new Uri(loc).AbsolutePath);
            }
        }
        return locs;
    }

    [Fact]
    public async Task A_published_plan_reads_as_the_official_document_with_totals_in_Vietnamese_format()
    {
        var (_, slug) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024, "31/KH-KHCN"), publish: true);

        var (status, html) = await GetAsync(PlanPaths.Of(slug));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", html);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", html);
        Assert.Contains("Số: 31/KH-KHCN", html);
        Assert.Contains("Quảng Nam, ngày 15 tháng 01 năm 2024", html);
        Assert.Contains("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo năm 2025;", html);
        Assert.Contains("40.000.000", html);
        Assert.Contains("52.000.000", html);
        // The document's total adds every item it lists (40 + 52 + the conference's 10 million, cancelled later).
        Assert.Contains("Tổng kinh phí: 102.000.000 đồng", html);
        Assert.Contains("Truyền hình", html);
        Assert.Contains(PlanTestData.Signer, html);
        Assert.Contains("UBND tỉnh (b/c);", html);

        var (_, list) = await GetAsync(PlanPaths.Public);
        Assert.Contains($"href=\"{PlanPaths.Of(slug)}\"", list);
    }

    [Fact]
    public async Task A_draft_plan_is_not_found_listed_or_in_the_sitemap_and_a_withdrawn_one_leaves()
    {
        var (_, draft) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2025), publish: false);
        var (publishedId, published) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2025), publish: true);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(PlanPaths.Of(draft))).Status);
        Assert.DoesNotContain(PlanPaths.Of(draft), (await GetAsync(PlanPaths.Public)).Html);
        var locs = await SitemapLocsAsync();
        Assert.Contains(PlanPaths.Of(published), locs);
        Assert.Contains(PlanPaths.Public, locs);
        Assert.DoesNotContain(PlanPaths.Of(draft), locs);

        await using (var scope = factory.Scope())
        {
            var plan = await factory.Db(scope).Set<Plan>().SingleAsync(p => p.Id == publishedId);
            scope.ServiceProvider.GetRequiredService<PlanWorkflow>().Withdraw(plan);
            await factory.Db(scope).SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(default);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(PlanPaths.Of(published))).Status);
        Assert.DoesNotContain(PlanPaths.Of(published), await SitemapLocsAsync());
    }

    [Fact]
    public async Task A_replaced_plan_says_so_and_links_its_successor()
    {
        var number = $"{Random.Shared.Next(100, 999)}/KH-KHCN";
        var (_, old) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2023, number), publish: true);
        var (_, successor) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2023, replaces: number), publish: true);

        var (_, oldHtml) = await GetAsync(PlanPaths.Of(old));
        Assert.Contains("đã được thay thế bởi", oldHtml);
        Assert.Contains($"href=\"{PlanPaths.Of(successor)}\"", oldHtml);
        var (_, newHtml) = await GetAsync(PlanPaths.Of(successor));
        Assert.Contains($"href=\"{PlanPaths.Of(old)}\"", newHtml);
        Assert.DoesNotContain("đã được thay thế bởi", newHtml);
    }

    [Fact]
    public async Task Site_search_finds_a_published_plan_by_an_item_topic_and_not_a_draft()
    {
        var marker = "kehoachtimthay" + Guid.NewGuid().ToString("N")[..6];
        var (_, published) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024, topicMarker: marker), publish: true);
        var (_, draft) = await PlanTestData.CreateAsync(factory, PlanTestData.Sample(2024, topicMarker: marker), publish: false);
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();

        var (status, html) = await GetAsync($"/tim-kiem?q={marker}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(PlanPaths.Of(published), html);
        Assert.DoesNotContain(PlanPaths.Of(draft), html);
    }

    [Fact]
    public async Task An_unknown_or_overlong_slug_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(PlanPaths.Of("khong-co-ke-hoach-nay"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(PlanPaths.Of(new string('a', 400)))).Status);
    }
}
