using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Plans;
using Portal.Modules.Plans.Import;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>The "plans" recipe step: inline plans in the importer's JSON form, idempotent, refusing bad entries whole.</summary>
public sealed class PlansRecipeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Entry(string slug, string status = "published", int year = 2024) =>
        $$"""{ "slug": "{{slug}}", "status": "{{status}}", "plan": {{JsonSerializer.Serialize(PlanTestData.Sample(year, "45/KH-KHCN"), PlanJson.Options)}} }""";

    private async Task<(RecipeOutcome? Outcome, RecipeException? Error)> ImportAsync(string json, string? folder = null)
    {
        await using var scope = factory.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        try
        {
            if (folder is not null)
            {
                var path = Path.Combine(folder, "cong-thuc.json");
                await File.WriteAllTextAsync(path, json);
                return (await runner.ImportFileAsync(path), null);
            }
            return (await runner.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "ke-hoach.json"), null);
        }
        catch (RecipeException ex)
        {
            return (null, ex);
        }
    }

    [Fact]
    public async Task An_inline_plan_imports_once_with_its_items_and_targets_and_a_second_import_changes_nothing()
    {
        var slug = "ke-hoach-cong-thuc-" + Guid.NewGuid().ToString("N")[..8];
        var json = $$"""{ "steps": [ { "name": "plans", "plans": [ {{Entry(slug)}} ] } ] }""";

        var (first, error) = await ImportAsync(json);
        Assert.Null(error);
        var (second, _) = await ImportAsync(json);

        Assert.True(first!.Changes >= 1);
        Assert.Equal(0, second!.Changes);
        await using var scope = factory.Scope();
        var plan = await factory.Db(scope).Set<Plan>().Include(p => p.Items).Include(p => p.Targets).SingleAsync(p => p.Slug == slug);
        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal("45/KH-KHCN", plan.Number);
        Assert.Equal(4, plan.Items.Count);
        Assert.Equal(92_000_000 + 10_000_000, plan.Items.Sum(i => i.Budget ?? 0));
        Assert.Equal(PlanPeriodKind.Quarter, plan.Items.Single(i => i.Position == 1).PeriodKind);
        Assert.Equal(600m, plan.Targets.Single().Value);
    }

    [Fact]
    public async Task A_bad_entry_refuses_the_whole_recipe_naming_its_path()
    {
        var good = "ke-hoach-tot-" + Guid.NewGuid().ToString("N")[..8];
        var (_, badSlug) = await ImportAsync($$"""{ "steps": [ { "name": "plans", "plans": [ {{Entry(good)}}, {{Entry("Sai Slug")}} ] } ] }""");
        var (_, badStatus) = await ImportAsync($$"""{ "steps": [ { "name": "plans", "plans": [ {{Entry(good, "archived")}} ] } ] }""");
        var (_, empty) = await ImportAsync($$"""{ "steps": [ { "name": "plans", "plans": [ { "slug": "{{good}}", "plan": { "items": [] } } ] } ] }""");

        Assert.Contains("plans[1].slug", badSlug!.Message);
        Assert.Contains("plans[0].status", badStatus!.Message);
        Assert.Contains("plans[0].plan", empty!.Message);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Plan>().AnyAsync(p => p.Slug == good));
    }

    [Fact]
    public async Task A_file_outside_the_recipe_folder_or_missing_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("plans-recipe").FullName;
        try
        {
            var (_, outside) = await ImportAsync("""{ "steps": [ { "name": "plans", "plans": [ { "slug": "ngoai-thu-muc", "file": "../../etc/passwd" } ] } ] }""", folder);
            var (_, missing) = await ImportAsync("""{ "steps": [ { "name": "plans", "plans": [ { "slug": "khong-co-tep", "file": "khong-co.txt" } ] } ] }""", folder);

            Assert.Contains("nằm ngoài thư mục", outside!.Message);
            Assert.Contains("không có tệp", missing!.Message);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task An_exported_plan_imports_again_unchanged()
    {
        var slug = "ke-hoach-xuat-" + Guid.NewGuid().ToString("N")[..8];
        await ImportAsync($$"""{ "steps": [ { "name": "plans", "plans": [ {{Entry(slug, "draft")}} ] } ] }""");
        await using var scope = factory.Scope();
        var step = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "plans");
        var exported = (await step.ExportAsync(default))!;
        var entry = exported["plans"]!.AsArray().Single(p => (string?)p!["slug"] == slug)!;
        var copy = slug + "-ban-sao";
        entry["slug"] = copy;

        var (_, error) = await ImportAsync($$"""{ "steps": [ { "name": "plans", "plans": [ {{entry.ToJsonString()}} ] } ] }""");

        Assert.Null(error);
        var plans = await factory.Db(scope).Set<Plan>().AsNoTracking().Include(p => p.Items).Where(p => p.Slug == slug || p.Slug == copy).ToListAsync();
        Assert.Equal(2, plans.Count);
        Assert.All(plans, p => Assert.Equal(PlanStatus.Draft, p.Status));
        Assert.Equal(Shape(plans[0]), Shape(plans[1]));
    }

    private static string Shape(Plan plan) => JsonSerializer.Serialize(new
    {
        plan.Number, plan.Title, plan.Year, plan.SignerName, plan.LegalBases, plan.Recipients,
        Items = plan.Items.OrderBy(i => i.Position).Select(i => new { i.Topic, i.Channel, i.PeriodKind, i.PeriodMonths, i.PeriodText, i.Budget, i.Status, i.Group }),
    });
}
