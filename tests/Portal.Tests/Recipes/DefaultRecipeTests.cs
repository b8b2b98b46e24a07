using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Recipes;

/// <summary>The app started the way `./portal run` starts it the first time: on content-recipes/default.json.</summary>
public sealed class DefaultSiteFactory : PortalFactory
{
    public static string DefaultRecipe { get; } = Path.Combine(RepositoryRoot(), "content-recipes", "default.json");

    protected override string RecipePath => DefaultRecipe;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed class DefaultRecipeTests(DefaultSiteFactory factory) : IClassFixture<DefaultSiteFactory>
{
    [Theory]
    [InlineData("/tin-tuc")]
    [InlineData("/chuyen-muc")]
    [InlineData("/chuyen-muc/ky")]
    [InlineData("/video")]
    [InlineData("/ban-tin")]
    [InlineData("/an-pham")]
    [InlineData("/su-kien")]
    [InlineData("/van-ban")]
    [InlineData("/ke-hoach")]
    public async Task Every_section_of_the_default_site_has_items(string section)
    {
        var response = await factory.Anonymous().GetAsync(section);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("class=\"empty\"", html);
        Assert.Contains($"href=\"{section}/", html);
    }

    [Theory]
    [InlineData("/gioi-thieu")]
    [InlineData("/chuc-nang-nhiem-vu")]
    [InlineData("/co-cau-to-chuc")]
    [InlineData("/lien-he")]
    [InlineData("/en/about")]
    [InlineData("/en/functions")]
    [InlineData("/en/organisation")]
    [InlineData("/en/contact")]
    public async Task Agency_pages_exist_in_vietnamese_and_english(string page) =>
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(page)).StatusCode);

    [Fact]
    public async Task Default_site_publishes_at_least_a_dozen_news_items()
    {
        await using var scope = factory.Scope();
        var published = await factory.Db(scope).Set<ContentVersion>()
            .CountAsync(v => v.ContentType == "news" && v.Published);
        Assert.True(published >= 12, $"{published} published news items");
    }

    [Fact]
    public async Task Invented_news_of_the_default_site_says_it_is_sample_content()
    {
        await using var scope = factory.Scope();
        var unmarked = await factory.Db(scope).Set<ContentVersion>()
            .Where(v => v.ContentType == "news" && v.Published
                && !(v.Culture == "vi" ? v.BodyMarkdown.Contains("Nội dung mẫu") : v.BodyMarkdown.Contains("Sample content")))
            .Select(v => v.Title).ToListAsync();
        Assert.True(unmarked.Count == 0, "News without the sample mark: " + string.Join("; ", unmarked));
    }

    [Fact]
    public async Task Default_site_has_no_broken_internal_links_or_images()
    {
        var crawl = await SiteCrawler.CrawlAsync(factory.Anonymous());

        Assert.True(crawl.NotVisited.Count == 0, $"The crawl stopped after {crawl.Visited} URLs; not visited: {string.Join(", ", crawl.NotVisited.Take(5))}");
        Assert.True(crawl.Broken.Count == 0, $"Broken internal links ({crawl.Visited} URLs checked):\n" + string.Join("\n", crawl.Broken));
    }

    [Fact]
    public async Task Default_recipe_seeds_the_st_fields_and_a_second_run_changes_nothing()
    {
        await using var scope = factory.Scope();
        var fields = await factory.Db(scope).Set<TaxonomyTerm>().Where(t => t.Taxonomy == SharedTaxonomies.StFields).ToListAsync();
        Assert.Equal(52, fields.Count); // 6 fields and 46 sectors of shared/data/fields.csv
        Assert.Equal("Kinh tế và kinh doanh", fields.Single(f => f.Slug == "502").Name);
        Assert.Equal("5", fields.Single(f => f.Slug == "502").ParentSlug);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportFileAsync(DefaultSiteFactory.DefaultRecipe);
        Assert.Equal(0, outcome.Changes);
    }

    [Fact]
    public async Task Search_facets_of_the_default_site_name_the_fields()
    {
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=khoa+hoc");
        Assert.Contains("Lĩnh vực KH&amp;CN", html);
        Assert.DoesNotMatch(@"linh-vuc=\d+""[^>]*>\s*\d+\s*<", html);
    }
}
