using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>The "experts" recipe step: import through the one validator, refuse a bad file whole, export and import again unchanged.</summary>
public sealed class ExpertsRecipeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Expert(string slug, string name, string orcid = "0000-0001-5109-3700") => $$"""
        { "slug": "{{slug}}", "fullName": "{{name}}", "degree": "TS", "title": "None", "primaryField": "401", "bio": "Giới thiệu.",
          "organisationName": "Viện thử", "provinceCode": "48", "orcid": "{{orcid}}", "email": "a@vien.vn", "emailVisibility": "MembersOnly",
          "publications": [ { "title": "Bài báo", "year": 2020, "doi": "10.1000/xyz" } ],
          "consents": [ { "purpose": "listed-in-database", "granted": true, "version": "2026-01" }, { "purpose": "display-email", "granted": true, "version": "2026-01" } ] }
        """;

    private async Task<(RecipeOutcome? Outcome, RecipeException? Error)> ImportAsync(string json)
    {
        await using var scope = factory.Scope();
        try
        {
            return (await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "chuyen-gia.json"), null);
        }
        catch (RecipeException ex)
        {
            return (null, ex);
        }
    }

    [Fact]
    public async Task A_bad_expert_refuses_the_whole_file_naming_the_path_and_field()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, error) = await ImportAsync($$"""{ "steps": [ { "name": "experts", "experts": [ {{Expert("hop-le-" + suffix, "Hợp Lệ")}}, {{Expert("sai-" + suffix, "Sai ORCID", "0000-0001-5109-3701")}} ] } ] }""");

        Assert.NotNull(error);
        Assert.Contains("experts[1].orcid", error.Message);
        Assert.Contains("Mã ORCID không hợp lệ", error.Message);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<ExpertProfile>().AnyAsync(p => p.Slug.EndsWith(suffix)));
    }

    [Fact]
    public async Task An_unknown_consent_purpose_is_refused_with_its_path()
    {
        var json = Expert("muc-dich-" + Guid.NewGuid().ToString("N")[..8], "Mục Đích").Replace("display-email", "sell-my-data");
        var (_, error) = await ImportAsync($$"""{ "steps": [ { "name": "experts", "experts": [ {{json}} ] } ] }""");

        Assert.NotNull(error);
        Assert.Contains("experts[0].consents[1].purpose", error.Message);
    }

    [Fact]
    public async Task Importing_twice_changes_nothing_and_an_export_imports_again_unchanged()
    {
        var slug = "xuat-nhap-" + Guid.NewGuid().ToString("N")[..8];
        var file = $$"""{ "steps": [ { "name": "experts", "experts": [ {{Expert(slug, "Xuất Nhập")}} ] } ] }""";
        Assert.Equal(1, (await ImportAsync(file)).Outcome!.Changes);
        Assert.Equal(0, (await ImportAsync(file)).Outcome!.Changes);

        await using var scope = factory.Scope();
        var step = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "experts");
        var exported = (await step.ExportAsync(CancellationToken.None))!;
        var node = exported["experts"]!.AsArray().Single(e => e!["slug"]!.GetValue<string>() == slug)!;
        Assert.Equal("MembersOnly", node["emailVisibility"]!.GetValue<string>());
        Assert.Equal(2, node["consents"]!.AsArray().Count);
        Assert.Equal(0, (await ImportAsync(JsonSerializer.Serialize(new { steps = new[] { exported } }))).Outcome!.Changes);

        var stored = await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().SingleAsync(p => p.Slug == slug);
        Assert.Equal(ExpertStatus.Published, stored.Status);
        Assert.Equal("10.1000/xyz", Assert.Single(stored.Publications).Doi);
        var lines = await factory.Db(scope).Set<ExpertConsent>().Where(c => c.ProfileId == stored.Id).ToListAsync();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal("recipe", l.Channel));
    }

    [Fact]
    public async Task The_test_recipe_experts_are_in_and_only_the_listed_published_ones_are_public()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var shown = await db.PublicExperts().Where(p => p.Slug == "nguyen-thi-thu-ha" || p.Slug == "tran-quoc-bao" || p.Slug == "le-van-nhap").Select(p => p.Slug).ToListAsync();

        Assert.Equal(["nguyen-thi-thu-ha", "tran-quoc-bao"], shown.Order());
    }
}
