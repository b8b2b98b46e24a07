using Microsoft.EntityFrameworkCore;
using Portal.Modules.Accounts;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

namespace Portal.Web;

/// <summary>`portal recipe import FILE` and `portal recipe export FILE`: the same app, without serving.</summary>
internal static class PortalCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "recipe";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 3 || args[1] is not ("import" or "export"))
        {
            Console.Error.WriteLine("Cách dùng: portal recipe import TỆP | portal recipe export TỆP");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<AdminBootstrapper>().EnsureAsync();
        var runner = services.GetRequiredService<RecipeRunner>();
        try
        {
            if (args[1] == "import")
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
}
