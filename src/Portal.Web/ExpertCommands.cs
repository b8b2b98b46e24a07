using Microsoft.EntityFrameworkCore;
using Portal.Modules.Experts.Transfer;
using Portal.Modules.Infrastructure;

namespace Portal.Web;

/// <summary>
/// `portal experts import FILE.csv | export FILE.csv|FILE.json | export-national FILE`: the staff page's imports and
/// exports from the command line. An import is all or nothing and prints its report (line, column, problem).
/// </summary>
internal static class ExpertCommands
{
    private const string Usage = "Cách dùng: portal experts import TỆP.csv | export TỆP.csv|TỆP.json | export-national TỆP.json";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "experts";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 3 || args[1] is not ("import" or "export" or "export-national"))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        var file = args[2];
        if (args[1] == "import")
        {
            if (!File.Exists(file) || new FileInfo(file).Length > ExpertCsvFile.MaxBytes)
            {
                Console.Error.WriteLine($"Không có tệp {file}, hoặc tệp lớn hơn {ExpertCsvFile.MaxBytes / 1024 / 1024} MB.");
                return 1;
            }
            var outcome = await services.GetRequiredService<ExpertImport>().ImportAsync(await File.ReadAllBytesAsync(file), null, CancellationToken.None);
            if (outcome.Refused)
            {
                Console.Error.WriteLine($"Tệp {file} bị từ chối, không có gì được ghi:");
                foreach (var problem in outcome.Problems)
                    Console.Error.WriteLine($"  dòng {problem.Line}, cột {(problem.Column.Length == 0 ? "—" : problem.Column)}: {problem.Message}");
                if (outcome.Truncated)
                    Console.Error.WriteLine("  (chỉ liệt kê các lỗi đầu tiên)");
                return 1;
            }
            Console.WriteLine($"Đã nhập {file}: {outcome.Created} hồ sơ mới, {outcome.Updated} cập nhật, {outcome.Unchanged} không đổi.");
            return 0;
        }
        await using (var output = File.Create(file))
        {
            if (args[1] == "export-national")
                await services.GetRequiredService<NationalExport>().WriteAsync(output, CancellationToken.None);
            else if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                await services.GetRequiredService<ExpertExport>().WriteJsonAsync(output, CancellationToken.None);
            else
                await services.GetRequiredService<ExpertExport>().WriteCsvAsync(output, CancellationToken.None);
        }
        Console.WriteLine($"Đã xuất ra {file}.");
        return 0;
    }
}
