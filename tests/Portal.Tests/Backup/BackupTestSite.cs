using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Modules.Backup;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Backup;

/// <summary>What the backup tests share: the locations of a test database, its export, and "nothing was written".</summary>
internal static class BackupTestSite
{
    public static string Engine => TestDatabase.PostgresServer is null ? "sqlite" : "postgres";

    /// <summary>The locations the command would read for the app configured on <paramref name="database"/>.</summary>
    public static BackupLocations Locations(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings().Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return BackupLocations.From(configuration, new PortalPaths { DataFolder = database.DataFolder, RecipesFolder = database.DataFolder });
    }

    public static IReadOnlyCollection<string> KnownMigrations(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetMigrations()];
    }

    public static BackupRestorer Restorer(TestDatabase target, PortalFactory build, TextWriter? output = null) =>
        new(Locations(target), KnownMigrations(build), output ?? TextWriter.Null);

    /// <summary>The site's recipe export (the existing exporter): the recipe's bytes, then each exported file's bytes.</summary>
    public static async Task<List<(string Name, byte[] Bytes)>> ExportAsync(PortalFactory factory, string folder)
    {
        var file = Path.Combine(folder, "site.json");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ExportFileAsync(file);
        return Files(folder);
    }

    /// <summary>Every file under the folder, by relative path, with its bytes.</summary>
    public static List<(string Name, byte[] Bytes)> Files(string folder) => !Directory.Exists(folder) ? [] :
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(folder, path), File.ReadAllBytes(path)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];

    /// <summary>The same relative names with the same bytes.</summary>
    public static void AssertSameFiles(List<(string Name, byte[] Bytes)> expected, List<(string Name, byte[] Bytes)> actual)
    {
        Assert.Equal(expected.Select(f => f.Name), actual.Select(f => f.Name));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    /// <summary>The target got nothing: no file in its data folder and, on PostgreSQL, no table in its database.</summary>
    public static async Task AssertNothingWrittenAsync(TestDatabase target)
    {
        Assert.Empty(Directory.EnumerateFileSystemEntries(target.DataFolder, "*", SearchOption.AllDirectories));
        if (target.PostgresConnection is null)
            return;
        await using var connection = new NpgsqlConnection(target.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", "backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>The app started on a database and data folder a restore filled (no recipe runs: the site is not new).</summary>
internal sealed class RestoredFactory(TestDatabase restored) : PortalFactory
{
    public override Task InitializeAsync()
    {
        Database = restored;
        _ = Server;
        return Task.CompletedTask;
    }
}
