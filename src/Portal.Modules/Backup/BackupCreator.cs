using System.Formats.Tar;
using System.Reflection;
using Portal.Modules.Backup.Engines;

namespace Portal.Modules.Backup;

/// <summary>
/// `portal backup create FILE [--force]`: one POSIX (pax) tar file, written in one streaming pass: the database
/// copy, the media folder, the data-protection key files, the generated media signing key, then manifest.json with every entry's size and SHA-256.
/// The archive appears under its name only once complete.
/// </summary>
public sealed class BackupCreator(BackupLocations locations, TextWriter output, TimeProvider clock)
{
    private const UnixFileMode EntryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public async Task<BackupManifest> CreateAsync(string archive, bool force, CancellationToken ct = default)
    {
        archive = Path.GetFullPath(archive);
        if (File.Exists(archive) && !force)
            throw new BackupException(BackupTexts.FileExists(archive));
        var folder = Path.GetDirectoryName(archive)!;
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid().ToString("N")[..12];
        var partial = $"{archive}.partial-{id}";
        // Beside the archive: the copy needs the database's size on the disk the archive goes to anyway.
        var databaseCopy = Path.Combine(folder, $".portal-backup-{id}.db");
        try
        {
            var engine = DatabaseEngines.For(locations);
            output.WriteLine($"Sao lưu cơ sở dữ liệu ({locations.EngineName})…");
            var migration = await engine.DumpAsync(databaseCopy, ct);
            var entries = new List<BackupEntry>();
            var progress = new BackupProgress(output, "Ghi");
            BackupManifest manifest;
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await using (var writer = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
                {
                    await AddAsync(writer, databaseCopy, engine.EntryName, entries, progress, ct);
                    foreach (var file in BackupFiles.Under(locations.MediaFolder))
                        await AddAsync(writer, file, BackupFiles.EntryName(BackupEntryNames.MediaPrefix, locations.MediaFolder, file), entries, progress, ct);
                    foreach (var file in BackupFiles.Under(locations.KeysFolder))
                        await AddAsync(writer, file, BackupFiles.EntryName(BackupEntryNames.KeysPrefix, locations.KeysFolder, file), entries, progress, ct);
                    if (File.Exists(locations.SigningKeyFile))
                        await AddAsync(writer, locations.SigningKeyFile, BackupEntryNames.SigningKey, entries, progress, ct);
                    manifest = new BackupManifest
                    {
                        Engine = locations.EngineName, Migration = migration, CreatedUtc = clock.GetUtcNow().UtcDateTime,
                        AppVersion = AppVersion(), Entries = entries,
                    };
                    await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, BackupEntryNames.Manifest)
                    {
                        DataStream = new MemoryStream(manifest.ToJson()), Mode = EntryMode, ModificationTime = manifest.CreatedUtc,
                    }, ct);
                }
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }
            progress.Done();
            File.Move(partial, archive, overwrite: force);
            output.WriteLine($"Đã tạo {archive}: {entries.Count:N0} mục, {new FileInfo(archive).Length / 1048576.0:N1} MB, migration {migration}.");
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            File.Delete(databaseCopy);
        }
    }

    private async Task AddAsync(TarWriter writer, string path, string name, List<BackupEntry> entries, BackupProgress progress, CancellationToken ct)
    {
        if (!BackupEntryNames.IsSafe(name))
        {
            output.WriteLine($"  Bỏ qua {path}: tên không dùng được trong bản sao lưu.");
            return;
        }
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            return; // deleted since the folder was listed
        }
        await using var data = new HashingReadStream(file);
        await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = data, Mode = EntryMode, ModificationTime = File.GetLastWriteTimeUtc(path),
        }, ct);
        entries.Add(new BackupEntry(name, data.Length, data.Sha256()));
        progress.Add(data.Length);
    }

    private static string AppVersion() =>
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BackupCreator).Assembly.GetName().Version?.ToString() ?? "unknown";
}
