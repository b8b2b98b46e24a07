using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Plans.Import;

namespace Portal.Web;

/// <summary>
/// `portal plan import FILE [--dry-run] [--json] [--publish]`: the importer without its screen. Prints the same
/// report as the review page (or, with --json, the parsed plan in the form docs/api.md describes) and, unless
/// --dry-run, saves the plan as a draft (published with --publish) in one transaction.
/// </summary>
internal static class PlanCommands
{
    private const string Usage = "Cách dùng: portal plan import TỆP [--dry-run] [--json] [--publish]";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "plan";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = args.Skip(3).ToHashSet();
        if (args.Length < 3 || args[1] != "import" || options.Except(["--dry-run", "--json", "--publish"]).Any())
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var file = args[2];
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"Không có tệp {file}.");
            return 1;
        }
        PlanReading reading;
        await using (var stream = File.OpenRead(file))
            reading = await PlanImporter.ReadFileAsync(stream, file, CancellationToken.None);
        if (reading.Plan is not { } plan)
        {
            Console.Error.WriteLine($"Không nhập được {file}: {reading.Problem}");
            return 1;
        }
        if (options.Contains("--json"))
            Console.WriteLine(PlanJson.Report(plan));
        else
            PlanReportText.Write(Console.Out, plan);
        if (options.Contains("--dry-run"))
            return 0;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        var saved = await scope.ServiceProvider.GetRequiredService<PlanImporter>().SaveAsync(plan, null, options.Contains("--publish"), CancellationToken.None);
        Console.Error.WriteLine($"Đã lưu kế hoạch „{saved.Title}” (/ke-hoach/{saved.Slug}, {(options.Contains("--publish") ? "đã công bố" : "bản nháp")}): {saved.Items.Count} mục việc, {saved.Targets.Count} chỉ tiêu.");
        return 0;
    }
}
