using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Recipes;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Recipes;

/// <summary>The app started on content-recipes/default.json, the recipe a real first start loads.</summary>
public sealed class DefaultRecipeFactory : PortalFactory
{
    public static string DefaultRecipe
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content-recipes", "default.json");
                if (File.Exists(candidate))
                    return candidate;
            }
            throw new FileNotFoundException("content-recipes/default.json not found");
        }
    }

    protected override string RecipePath => DefaultRecipe;
}

public sealed class DefaultRecipeTests(DefaultRecipeFactory factory) : IClassFixture<DefaultRecipeFactory>
{
    [Fact]
    public async Task Default_recipe_seeds_the_st_fields_and_a_second_run_changes_nothing()
    {
        await using var scope = factory.Scope();
        var fields = await factory.Db(scope).Set<TaxonomyTerm>().Where(t => t.Taxonomy == SharedTaxonomies.StFields).ToListAsync();
        Assert.Equal(52, fields.Count); // 6 fields and 46 sectors of shared/data/fields.csv
        Assert.Equal("Kinh tế và kinh doanh", fields.Single(f => f.Slug == "502").Name);
        Assert.Equal("5", fields.Single(f => f.Slug == "502").ParentSlug);

        var outcome = await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportFileAsync(DefaultRecipeFactory.DefaultRecipe);
        Assert.Equal(0, outcome.Changes);
    }

    [Fact]
    public async Task Search_facets_of_the_default_site_name_the_fields()
    {
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<Portal.Modules.Search.ISearchIndex>().CatchUpAsync();
        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=khoa+hoc");
        Assert.Contains("Lĩnh vực KH&amp;CN", html);
        Assert.DoesNotMatch(@"linh-vuc=\d+""[^>]*>\s*\d+\s*<", html);
    }
}
