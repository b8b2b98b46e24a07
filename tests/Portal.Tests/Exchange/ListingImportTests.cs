using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Exchange;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Exchange;

/// <summary>The listings exchange format (a recipe of "listings" steps): export, import again, refuse a bad file whole.</summary>
public sealed class ListingImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Listing(string code, string title, string trl) => $$"""
        { "code": "{{code}}", "kind": "offer", "owner": "member@test.vn", "title": "{{title}}", "summary": "Tóm tắt",
          "description": "Mô tả", "primaryField": "401", "trl": {{trl}}, "provinceCode": "48", "contactName": "A", "contactEmail": "a@b.vn" }
        """;

    private async Task<RecipeException?> ImportAsync(string json)
    {
        await using var scope = factory.Scope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "san-khac.json");
            return null;
        }
        catch (RecipeException ex)
        {
            return ex;
        }
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_file_naming_the_row_and_field()
    {
        var error = await ImportAsync($$"""{ "steps": [ { "name": "listings", "listings": [ {{Listing("CB-2025-0301", "Tin hợp lệ", "5")}}, {{Listing("CB-2025-0302", "Tin sai", "12")}} ] } ] }""");
        Assert.NotNull(error);
        Assert.Contains("listings[1].trl", error.Message);
        Assert.Contains("Mức TRL phải từ 1 đến 9.", error.Message);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<Listing>().AnyAsync(l => l.Code == "CB-2025-0301" || l.Code == "CB-2025-0302"));
    }

    [Fact]
    public async Task An_export_imports_again_unchanged_and_keeps_codes()
    {
        Assert.Null(await ImportAsync($$"""{ "steps": [ { "name": "listings", "listings": [ {{Listing("CB-2025-0401", "Tin xuất nhập", "6")}} ] } ] }"""));
        await using var scope = factory.Scope();
        var step = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "listings");
        var exported = (await step.ExportAsync(CancellationToken.None))!;
        var listing = exported["listings"]!.AsArray().Single(l => l!["code"]!.GetValue<string>() == "CB-2025-0401")!;
        Assert.Equal("member@test.vn", listing["owner"]!.GetValue<string>());
        Assert.Equal(6, listing["trl"]!.GetValue<int>());

        Assert.Null(await ImportAsync(JsonSerializer.Serialize(new { steps = new[] { exported } })));
        var stored = await factory.Db(scope).Set<Listing>().AsNoTracking().SingleAsync(l => l.Code == "CB-2025-0401");
        Assert.Equal("Tin xuất nhập", stored.Title);
        Assert.Equal(ListingStatus.Published, stored.Status);
    }
}
