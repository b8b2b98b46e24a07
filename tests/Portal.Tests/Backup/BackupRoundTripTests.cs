using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Modules.Backup;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Backup;

/// <summary>
/// `portal backup create` on a running site, `portal backup restore` into a fresh data folder and database (SQLite
/// file, or another PostgreSQL database), then the restored site is compared with the original.
/// </summary>
public sealed class BackupRoundTripTests(PortalFactory source) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_restored_site_exports_the_same_recipe_serves_the_same_media_and_keeps_sign_ins()
    {
        await source.PublishedAsync("news", "Tin chỉ có trong bản sao lưu");
        var admin = await source.CookieClientAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        // Keys live in the database (the dump carries them: the sign-in below proves it); a {data}/keys folder an
        // older version left is carried as it is.
        var legacyKeys = Path.Combine(source.Database.DataFolder, "keys");
        Directory.CreateDirectory(legacyKeys);
        await File.WriteAllTextAsync(Path.Combine(legacyKeys, "left-by-an-older-version.txt"), "kept as it is");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
        var work = BackupTestSite.TempFolder();
        var archive = Path.Combine(work, "site.tar");
        var progress = new StringWriter();

        var manifest = await new BackupCreator(BackupTestSite.Locations(source.Database), progress, TimeProvider.System).CreateAsync(archive, force: false);

        Assert.Equal(BackupTestSite.Engine, manifest.Engine);
        Assert.Contains(manifest.Entries, e => e.Name.StartsWith("media/originals/", StringComparison.Ordinal));
        Assert.Contains("mục", progress.ToString());
        Assert.Contains(manifest.Entries, e => e.Name == "keys/left-by-an-older-version.txt");
        await using var target = await TestDatabase.CreateAsync();
        await BackupTestSite.Restorer(target, source).RestoreAsync(archive, force: false);
        await using var restored = new RestoredFactory(target);
        await restored.InitializeAsync();

        var original = await BackupTestSite.ExportAsync(source, Path.Combine(work, "export-original"));
        var copy = await BackupTestSite.ExportAsync(restored, Path.Combine(work, "export-restored"));
        Assert.Contains("Tin chỉ có trong bản sao lưu", System.Text.Encoding.UTF8.GetString(original.Single(f => f.Name == "site.json").Bytes));
        BackupTestSite.AssertSameFiles(original, copy);
        var media = BackupTestSite.Files(Path.Combine(source.Database.DataFolder, "media"));
        Assert.NotEmpty(media);
        BackupTestSite.AssertSameFiles(media, BackupTestSite.Files(Path.Combine(target.DataFolder, "media")));
        BackupTestSite.AssertSameFiles(BackupTestSite.Files(legacyKeys), BackupTestSite.Files(Path.Combine(target.DataFolder, "keys")));

        var carried = restored.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        carried.DefaultRequestHeaders.Add("Cookie", admin.DefaultRequestHeaders.GetValues("Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await carried.GetAsync("/admin")).StatusCode);
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task A_non_empty_target_is_named_and_kept_without_force_and_replaced_with_it()
    {
        var work = BackupTestSite.TempFolder();
        var archive = Path.Combine(work, "site.tar");
        await new BackupCreator(BackupTestSite.Locations(source.Database), TextWriter.Null, TimeProvider.System).CreateAsync(archive, force: false);
        await using var target = await TestDatabase.CreateAsync();
        var stale = Path.Combine(target.DataFolder, "media", "originals", "zz", "stale");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        await File.WriteAllTextAsync(stale, "an older site's file");

        var refused = await Assert.ThrowsAsync<BackupException>(() => BackupTestSite.Restorer(target, source).RestoreAsync(archive, force: false));

        Assert.Contains("thư mục media", refused.Message);
        Assert.Contains("--force", refused.Message);
        Assert.Equal("an older site's file", await File.ReadAllTextAsync(stale));
        await BackupTestSite.Restorer(target, source).RestoreAsync(archive, force: true);
        Assert.False(File.Exists(stale));
        BackupTestSite.AssertSameFiles(BackupTestSite.Files(Path.Combine(source.Database.DataFolder, "media")), BackupTestSite.Files(Path.Combine(target.DataFolder, "media")));
        Directory.Delete(work, recursive: true);
    }
}
