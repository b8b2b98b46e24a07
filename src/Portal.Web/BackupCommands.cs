using Microsoft.EntityFrameworkCore;
using Portal.Modules.Backup;
using Portal.Modules.Infrastructure;

namespace Portal.Web;

/// <summary>
/// `portal backup create FILE [--force]` and `portal backup restore FILE [--force]` (docs/operations.md): progress on
/// stderr, the outcome on stdout; a refused archive names the reason and nothing is written.
/// </summary>
internal static class BackupCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "backup";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 3 || args[1] is not ("create" or "restore") || args.Skip(3).Any(a => a != "--force"))
        {
            Console.Error.WriteLine("Cách dùng: portal backup create TỆP [--force] | portal backup restore TỆP [--force]");
            return 2;
        }
        var force = args.Contains("--force");
        var locations = app.Services.GetRequiredService<BackupLocations>();
        try
        {
            if (args[1] == "create")
            {
                await new BackupCreator(locations, Console.Error, TimeProvider.System).CreateAsync(args[2], force);
                return 0;
            }
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await new BackupRestorer(locations, [.. db.Database.GetMigrations()], Console.Error).RestoreAsync(args[2], force);
            // An archive from an older version gets this version's migrations now rather than at the next start.
            await db.Database.MigrateAsync();
            Console.WriteLine($"Đã khôi phục {Path.GetFullPath(args[2])}.");
            return 0;
        }
        catch (BackupException ex)
        {
            Console.Error.WriteLine($"Sao lưu/khôi phục bị từ chối: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            // A full disk, a missing permission, a database that does not answer: the reason, without a stack trace.
            Console.Error.WriteLine($"Sao lưu/khôi phục thất bại: {ex.Message}");
            return 1;
        }
    }
}
