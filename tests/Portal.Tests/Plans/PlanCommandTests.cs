using System.Diagnostics;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>
/// `portal plan import FILE [--dry-run] [--json] [--publish]` as the script runs it: the app's own executable in a
/// process over a fresh data folder. The JSON on standard output is the report docs/api.md describes.
/// </summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("plan-command").FullName;

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Plans", "Import", "Samples", name);

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var root = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(root, "Portal.Web.dll"), .. args])
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["PORTAL_DATA"] = data;
        start.Environment["Portal__Recipe"] = Path.Combine(root, "Recipes", "test.json");
        start.Environment["PORTAL_ADMIN_EMAIL"] = PortalFactory.AdminEmail;
        start.Environment["PORTAL_ADMIN_PASSWORD"] = PortalFactory.AdminPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Json_dry_run_prints_the_parsed_plan_alone_and_saves_nothing()
    {
        var (code, output, error) = await RunAsync("plan", "import", Sample("bac-giang-2023-ke-hoach-tuyen-truyen-khcn.txt"), "--dry-run", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2023, root.GetProperty("metadata").GetProperty("year").GetInt32());
        Assert.Equal("31/KH-KHCN", root.GetProperty("metadata").GetProperty("replacesNumber").GetString());
        Assert.Equal(41, root.GetProperty("items").GetArrayLength());
        var first = root.GetProperty("items")[1];
        Assert.Equal("month", first.GetProperty("period").GetProperty("kind").GetString());
        Assert.Equal(1, first.GetProperty("period").GetProperty("monthMask").GetInt32());
        Assert.Equal("done", first.GetProperty("status").GetString());
        Assert.Contains(root.GetProperty("totals").EnumerateArray(), t => t.GetProperty("stated").GetInt64() == 92_000_000);
        Assert.Equal(root.GetProperty("items").EnumerateArray().Sum(i => i.TryGetProperty("budget", out var b) ? b.GetInt64() : 0),
            root.GetProperty("computedTotal").GetInt64());
        Assert.All(root.GetProperty("rows").EnumerateArray(), r => Assert.NotEqual("unplaced", r.GetProperty("kind").GetString()));
        Assert.Empty(root.GetProperty("unplaced").EnumerateArray());
        Assert.DoesNotContain("Đã lưu", error);
    }

    [Fact]
    public async Task Without_dry_run_it_saves_the_plan_and_a_file_it_cannot_read_or_bad_arguments_fail_with_a_message()
    {
        var (saved, report, savedError) = await RunAsync("plan", "import", Sample("quang-nam-2024-ke-hoach-thong-tin-khcn.txt"), "--publish");
        Assert.True(saved == 0, savedError);
        Assert.Contains("Mục việc: 14", report);
        Assert.Contains("Đã lưu kế hoạch", savedError);
        Assert.Contains("đã công bố", savedError);

        var garbled = Path.Combine(data, "rac.txt");
        await File.WriteAllTextAsync(garbled, "@@@ ### %%%\n\t\t\n");
        var (unreadable, _, unreadableError) = await RunAsync("plan", "import", garbled, "--dry-run");
        Assert.Equal(1, unreadable);
        Assert.Contains("Không tìm thấy kế hoạch", unreadableError);

        var (usage, _, usageError) = await RunAsync("plan", "import", garbled, "--frobnicate");
        Assert.Equal(2, usage);
        Assert.Contains("Cách dùng", usageError);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
