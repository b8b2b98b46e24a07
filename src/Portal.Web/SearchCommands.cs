using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Search;

namespace Portal.Web;

/// <summary>`portal search rebuild [--restart]`: rebuilds the index in batches, printing progress; resumes after a crash.</summary>
internal static class SearchCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "search";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[1] != "rebuild")
        {
            Console.Error.WriteLine("Cách dùng: portal search rebuild [--restart]");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        var restart = args.Contains("--restart");
        if (!restart && await db.Set<SearchCursor>().AnyAsync(c => c.RebuildTarget != null))
            Console.WriteLine("Tiếp tục lần xây dựng lại bị gián đoạn (thêm --restart để làm lại từ đầu).");
        var clock = Stopwatch.StartNew();
        await services.GetRequiredService<SearchIndexer>().RebuildAsync(restart, (source, position, target) =>
            Console.WriteLine($"  {source}: {position:N0}/{target:N0} ({(target == 0 ? 100 : 100.0 * position / target):F0}%) – {clock.Elapsed.TotalSeconds:F1} s"),
            CancellationToken.None);
        var count = await db.Set<SearchEntry>().CountAsync();
        Console.WriteLine(string.Format(SearchTexts.RebuildDone, count) + $" ({clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
