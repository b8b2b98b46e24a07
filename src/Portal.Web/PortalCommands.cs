using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

namespace Portal.Web;

/// <summary>
/// `portal recipe import|export FILE` and `portal listings import|export FILE`: the same app, without serving. A
/// listings file is a recipe holding only "listings" steps (docs/recipes.md), so other exchanges read and write it
/// with the same rules, and a bad file is refused whole, naming the listing and the field.
/// </summary>
internal static class PortalCommands
{
    private const string ListingsStep = "listings";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "recipe" or ListingsStep;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 3 || args[1] is not ("import" or "export"))
        {
            Console.Error.WriteLine($"Cách dùng: portal {args[0]} import TỆP | portal {args[0]} export TỆP");
            return 2;
        }
        var listingsOnly = args[0] == ListingsStep;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<AdminBootstrapper>().EnsureAsync();
        var runner = services.GetRequiredService<RecipeRunner>();
        try
        {
            if (listingsOnly && args[1] == "import" && !OnlyListings(args[2]))
            {
                Console.Error.WriteLine($"Tệp {args[2]} phải là công thức chỉ gồm các bước \"{ListingsStep}\" (xem docs/recipes.md); không có gì được ghi.");
                return 1;
            }
            if (listingsOnly && args[1] == "export")
            {
                var step = services.GetServices<IRecipeStep>().Single(s => s.Name == ListingsStep);
                var recipe = new JsonObject { ["name"] = "Tin sàn giao dịch công nghệ", ["steps"] = new JsonArray(await step.ExportAsync(CancellationToken.None) is { } node ? [node] : []) };
                await File.WriteAllTextAsync(args[2], recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }));
                Console.WriteLine($"Đã xuất tin của sàn ra {args[2]}.");
            }
            else if (args[1] == "import")
            {
                var outcome = await runner.ImportFileAsync(Path.GetFullPath(args[2]));
                Console.WriteLine($"Đã nhập công thức „{outcome.Name}”: {outcome.Steps} bước, {outcome.Changes} thay đổi.");
            }
            else
            {
                await runner.ExportFileAsync(args[2]);
                Console.WriteLine($"Đã xuất công thức ra {args[2]}.");
            }
            return 0;
        }
        catch (RecipeException ex)
        {
            Console.Error.WriteLine("Công thức bị từ chối, không có gì được ghi: " + ex.Message);
            return 1;
        }
    }

    /// <summary>Whether the file is a recipe whose steps are all "listings" (anything else is left to the runner's own checks).</summary>
    private static bool OnlyListings(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array
                && steps.EnumerateArray().All(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == ListingsStep);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
