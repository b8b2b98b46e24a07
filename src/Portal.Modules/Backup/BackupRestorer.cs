using Portal.Modules.Backup.Engines;

namespace Portal.Modules.Backup;

/// <summary>
/// `portal backup restore FILE [--force]`: checks the whole archive first (format, engine, migration, every size and
/// sum, names, bounds) and refuses a non-empty target without --force; only then extracts beside the targets and
/// replaces the database (SQLite: rename over; PostgreSQL: pg_restore in one transaction), the media and the keys.
/// Migrations newer than the archive's run afterwards, at the next start or by the command.
/// </summary>
public sealed class BackupRestorer(BackupLocations locations, IReadOnlyCollection<string> knownMigrations, TextWriter output)
{
    public async Task<BackupManifest> RestoreAsync(string archive, bool force, CancellationToken ct = default)
    {
        archive = Path.GetFullPath(archive);
        if (!File.Exists(archive))
            throw new BackupException($"Không có tệp {archive}");
        output.WriteLine($"Kiểm tra {archive}…");
        var manifest = await ArchiveVerifier.VerifyAsync(archive, output, ct);
        if (manifest.Engine != locations.EngineName)
            throw new BackupException(BackupTexts.EngineMismatch(manifest.Engine, locations.EngineName));
        if (!knownMigrations.Contains(manifest.Migration))
            throw new BackupException(BackupTexts.UnknownMigration(manifest.Migration));
        var engine = DatabaseEngines.For(locations);
        if (!manifest.Entries.Any(e => e.Name == engine.EntryName))
            throw new BackupException(BackupTexts.NoDatabase(engine.EntryName));

        var existing = await ExistingAsync(engine, manifest, ct);
        if (existing.Count > 0 && !force)
            throw new BackupException(BackupTexts.TargetNotEmpty(existing));

        using var staging = new RestoreStaging(locations, engine);
        await staging.ExtractAsync(archive, manifest, output, ct);
        await engine.CheckStagedAsync(staging.DatabaseFile, ct);
        output.WriteLine("Thay cơ sở dữ liệu…");
        await engine.RestoreAsync(staging.DatabaseFile, ct);
        staging.Commit();
        output.WriteLine($"Đã khôi phục bản sao lưu ngày {manifest.CreatedUtc:yyyy-MM-dd HH:mm} UTC ({manifest.Entries.Count:N0} mục, migration {manifest.Migration}).");
        return manifest;
    }

    /// <summary>What the restore would replace: the database, the media files, the key files the archive carries.</summary>
    private async Task<List<string>> ExistingAsync(IDatabaseEngine engine, BackupManifest manifest, CancellationToken ct)
    {
        var existing = new List<string>();
        if (await engine.DescribeExistingAsync(ct) is { } database)
            existing.Add(database);
        if (CountFiles(locations.MediaFolder) is > 0 and var media)
            existing.Add($"thư mục media {locations.MediaFolder} ({media:N0} tệp)");
        var archiveHasKeys = manifest.Entries.Any(e => e.Name.StartsWith(BackupEntryNames.KeysPrefix, StringComparison.Ordinal));
        if (archiveHasKeys && CountFiles(locations.KeysFolder) is > 0 and var keys)
            existing.Add($"thư mục khoá {locations.KeysFolder} ({keys:N0} tệp)");
        if (manifest.Entries.Any(e => e.Name == BackupEntryNames.SigningKey) && File.Exists(locations.SigningKeyFile))
            existing.Add($"khoá ký địa chỉ ảnh {locations.SigningKeyFile}");
        return existing;
    }

    private static int CountFiles(string folder) => Directory.Exists(folder) ? BackupFiles.Under(folder).Count() : 0;
}
