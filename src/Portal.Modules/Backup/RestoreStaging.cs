using System.Formats.Tar;
using Portal.Modules.Backup.Engines;

namespace Portal.Modules.Backup;

/// <summary>
/// The second pass of a restore: every entry is extracted beside its target (the database file beside the database,
/// media and keys into a hidden folder inside their own folder, so a mounted shared folder works too) and summed
/// again, since the archive could have changed since the first pass. Until <see cref="Commit"/> nothing the site
/// reads was touched; disposing removes whatever was left.
/// </summary>
internal sealed class RestoreStaging(BackupLocations locations, IDatabaseEngine engine) : IDisposable
{
    private readonly string id = Guid.NewGuid().ToString("N")[..12];
    private readonly List<string> createdFolders = [];
    private bool hasKeys;
    private bool hasSigningKey;

    public string DatabaseFile => engine.StagingFile(id);
    private string MediaStage => Path.Combine(locations.MediaFolder, ".restore-" + id);
    private string KeysStage => Path.Combine(locations.KeysFolder, ".restore-" + id);
    private string SigningKeyStage => $"{locations.SigningKeyFile}.restore-{id}";

    public async Task ExtractAsync(string archive, BackupManifest manifest, TextWriter output, CancellationToken ct)
    {
        var expected = manifest.Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var written = 0;
        var progress = new BackupProgress(output, "Giải nén");
        Remember(locations.MediaFolder);
        Directory.CreateDirectory(MediaStage);
        await using var stream = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var reader = new TarReader(stream);
        try
        {
            while (await reader.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                ArchiveVerifier.Check(entry);
                if (entry.Name == BackupEntryNames.Manifest)
                    continue;
                if (!expected.TryGetValue(entry.Name, out var listed))
                    throw new BackupException(BackupTexts.NotListed(entry.Name));
                var path = TargetOf(entry.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                BackupEntry actual;
                await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                    actual = await ArchiveVerifier.SumAsync(entry, ct, file);
                if (actual.Size != listed.Size || !string.Equals(actual.Sha256, listed.Sha256, StringComparison.OrdinalIgnoreCase))
                    throw new BackupException(BackupTexts.Checksum(entry.Name));
                written++;
                progress.Add(actual.Size);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            throw new BackupException(BackupTexts.NotAnArchive, ex);
        }
        if (written != expected.Count)
            throw new BackupException(BackupTexts.NotAnArchive);
        progress.Done();
    }

    /// <summary>Puts the extracted media (and keys, when the archive has any) in place of the current ones.</summary>
    public void Commit()
    {
        Swap(locations.MediaFolder, MediaStage);
        if (hasKeys)
            Swap(locations.KeysFolder, KeysStage);
        if (hasSigningKey)
            File.Move(SigningKeyStage, locations.SigningKeyFile, overwrite: true);
        createdFolders.Clear();
    }

    private string TargetOf(string name)
    {
        if (name == engine.EntryName)
        {
            Remember(Path.GetDirectoryName(DatabaseFile)!);
            return DatabaseFile;
        }
        if (name == BackupEntryNames.SigningKey)
        {
            Remember(locations.DataFolder);
            hasSigningKey = true;
            return SigningKeyStage;
        }
        if (name.StartsWith(BackupEntryNames.KeysPrefix, StringComparison.Ordinal))
        {
            if (!hasKeys)
                Remember(locations.KeysFolder);
            hasKeys = true;
            return BackupEntryNames.PathUnder(KeysStage, name[BackupEntryNames.KeysPrefix.Length..]);
        }
        if (name.StartsWith(BackupEntryNames.MediaPrefix, StringComparison.Ordinal))
            return BackupEntryNames.PathUnder(MediaStage, name[BackupEntryNames.MediaPrefix.Length..]);
        // The other engine's database entry: the engine check comes first, so only a changed archive gets here.
        throw new BackupException(BackupTexts.NotListed(name));
    }

    /// <summary>Moves the folder's visible children aside, the stage's children in, then deletes what was moved aside.</summary>
    private void Swap(string folder, string stage)
    {
        var old = Path.Combine(folder, ".old-" + id);
        Directory.CreateDirectory(old);
        foreach (var child in Visible(folder))
            Move(child, Path.Combine(old, Path.GetFileName(child)));
        foreach (var child in Visible(stage))
            Move(child, Path.Combine(folder, Path.GetFileName(child)));
        Directory.Delete(old, recursive: true);
        Directory.Delete(stage, recursive: true);
    }

    private static IEnumerable<string> Visible(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Where(p => !Path.GetFileName(p).StartsWith('.')).ToList();

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
            Directory.Move(from, to);
        else
            File.Move(from, to);
    }

    /// <summary>A folder the restore creates is removed again if the restore fails.</summary>
    private void Remember(string folder)
    {
        if (!Directory.Exists(folder))
            createdFolders.Add(folder);
    }

    public void Dispose()
    {
        TryDelete(() => File.Delete(DatabaseFile));
        TryDelete(() => File.Delete(SigningKeyStage));
        foreach (var stage in new[] { MediaStage, KeysStage })
            TryDelete(() => { if (Directory.Exists(stage)) Directory.Delete(stage, recursive: true); });
        foreach (var folder in createdFolders.AsEnumerable().Reverse())
            TryDelete(() => { if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder); });
    }

    private static void TryDelete(Action delete)
    {
        try { delete(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
