using System.Formats.Tar;
using Portal.Modules.Backup;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Backup;

/// <summary>A real archive of the test site, made once; each test restores an altered copy of it.</summary>
public sealed class BackupArchiveFixture : PortalFactory
{
    public string Archive => Path.Combine(Database.DataFolder, "backups", "site.tar");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await new BackupCreator(BackupTestSite.Locations(Database), TextWriter.Null, TimeProvider.System).CreateAsync(Archive, force: false);
    }
}

/// <summary>
/// A corrupt, truncated, incomplete, foreign or hostile archive is refused with a message saying why, before
/// anything is written: the fresh target keeps an empty data folder and (on PostgreSQL) a database without tables.
/// </summary>
public sealed class BackupRefusalTests(BackupArchiveFixture site) : IClassFixture<BackupArchiveFixture>
{
    [Theory]
    [InlineData("flipped media byte", "SHA-256")]
    [InlineData("flipped database byte", "SHA-256")]
    [InlineData("truncated", "cắt cụt")]
    [InlineData("missing entry", "Thiếu mục")]
    [InlineData("unlisted entry", "không có trong manifest")]
    [InlineData("other engine", "nhưng cổng đang cấu hình")]
    [InlineData("future migration", "không biết")]
    [InlineData("newer format", "không được hỗ trợ")]
    [InlineData("path traversal", "Tên mục không hợp lệ")]
    [InlineData("absolute path", "Tên mục không hợp lệ")]
    [InlineData("symbolic link", "không phải tệp thường")]
    [InlineData("foreign tar", "không có manifest.json")]
    [InlineData("not a tar", "không phải bản sao lưu")]
    public async Task An_altered_archive_is_refused_and_nothing_is_written(string alteration, string reason)
    {
        var work = BackupTestSite.TempFolder();
        var altered = Path.Combine(work, "altered.tar");
        Alter(alteration, site.Archive, altered);
        await using var target = await TestDatabase.CreateAsync();

        var refused = await Assert.ThrowsAsync<BackupException>(() => BackupTestSite.Restorer(target, site).RestoreAsync(altered, force: false));

        Assert.Contains(reason, refused.Message);
        await BackupTestSite.AssertNothingWrittenAsync(target);
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task The_untouched_archive_restores_into_the_same_kind_of_target()
    {
        await using var target = await TestDatabase.CreateAsync();

        var manifest = await BackupTestSite.Restorer(target, site).RestoreAsync(site.Archive, force: false);

        Assert.Equal(BackupTestSite.Engine, manifest.Engine);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(target.DataFolder, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_archive_from_an_older_version_is_accepted_since_migrations_run_after_the_restore()
    {
        var work = BackupTestSite.TempFolder();
        var older = Path.Combine(work, "older.tar");
        var first = BackupTestSite.KnownMigrations(site).Order(StringComparer.Ordinal).First();
        ArchiveTamper.Rewrite(site.Archive, older, manifest: m => m["migration"] = first);
        await using var target = await TestDatabase.CreateAsync();

        var manifest = await BackupTestSite.Restorer(target, site).RestoreAsync(older, force: false);

        Assert.Equal(first, manifest.Migration);
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task Create_refuses_to_overwrite_an_archive_without_force()
    {
        var before = await File.ReadAllBytesAsync(site.Archive);

        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            new BackupCreator(BackupTestSite.Locations(site.Database), TextWriter.Null, TimeProvider.System).CreateAsync(site.Archive, force: false));

        Assert.Contains("--force", refused.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(site.Archive));
    }

    private static void Alter(string alteration, string source, string target)
    {
        var otherEngine = BackupTestSite.Engine == "sqlite" ? "postgres" : "sqlite";
        switch (alteration)
        {
            case "flipped media byte": ArchiveTamper.FlipByte(source, target, "media/"); break;
            case "flipped database byte": ArchiveTamper.FlipByte(source, target, "database/"); break;
            case "truncated": ArchiveTamper.Truncate(source, target, 0.6); break;
            case "missing entry":
                var dropped = false;
                ArchiveTamper.Rewrite(source, target, keep: name => dropped || !(dropped = name.StartsWith("media/", StringComparison.Ordinal)));
                break;
            case "unlisted entry": ArchiveTamper.Rewrite(source, target, extra: [ArchiveTamper.Entry("media/unlisted", [1, 2, 3])]); break;
            case "other engine": ArchiveTamper.Rewrite(source, target, manifest: m => m["engine"] = otherEngine); break;
            case "future migration": ArchiveTamper.Rewrite(source, target, manifest: m => m["migration"] = "29991231235959_Future"); break;
            case "newer format": ArchiveTamper.Rewrite(source, target, manifest: m => m["formatVersion"] = 2); break;
            case "path traversal": ArchiveTamper.Rewrite(source, target, extra: [ArchiveTamper.Entry("media/../../evil.txt", [1])], listExtra: true); break;
            case "absolute path": ArchiveTamper.Rewrite(source, target, extra: [ArchiveTamper.Entry("/tmp/portal-evil.txt", [1])], listExtra: true); break;
            case "symbolic link":
                ArchiveTamper.Rewrite(source, target, extra: [new PaxTarEntry(TarEntryType.SymbolicLink, "media/link") { LinkName = "/etc/passwd" }], listExtra: true);
                break;
            case "foreign tar":
                using (var output = File.Create(target))
                using (var writer = new TarWriter(output, TarEntryFormat.Pax))
                    writer.WriteEntry(ArchiveTamper.Entry("media/photo.jpg", [0xFF, 0xD8, 0xFF]));
                break;
            case "not a tar": File.WriteAllBytes(target, System.Text.Encoding.UTF8.GetBytes(new string('x', 5000))); break;
            default: throw new ArgumentException(alteration);
        }
    }
}
