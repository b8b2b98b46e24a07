using System.Runtime.InteropServices;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// Two SQLite libraries end up in the process: the bundled e_sqlite3 (EF Core's, with FTS5) and Debian's
/// libsqlite3, which libvips' openslide module loads into the global symbol scope. With lazy binding, e_sqlite3's
/// own internal calls (FTS5 → sqlite3_column_int) then resolve to the other library and crash the process.
/// Loading e_sqlite3 first with RTLD_NOW binds every such call to itself before libvips starts.
/// </summary>
internal static partial class SqliteNativeBinding
{
    private const int RtldNow = 0x002;
    private static int done;

    public static void BindEagerly()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref done, 1) == 1)
            return;
        var library = Directory.EnumerateFiles(AppContext.BaseDirectory, "libe_sqlite3.so", SearchOption.AllDirectories)
            .FirstOrDefault(p => p.Contains(RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64", StringComparison.Ordinal));
        if (library is not null)
            _ = dlopen(library, RtldNow);
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr dlopen(string file, int mode);
}
