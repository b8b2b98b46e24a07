using System.Formats.Tar;
using System.Security.Cryptography;

namespace Portal.Modules.Backup;

/// <summary>
/// The first pass of a restore, which writes nothing: every entry is a plain file with a safe name and a bounded
/// size, and every entry's size and SHA-256 equals the manifest's, with nothing missing and nothing extra.
/// </summary>
internal static class ArchiveVerifier
{
    public static async Task<BackupManifest> VerifyAsync(string file, TextWriter output, CancellationToken ct)
    {
        var seen = new Dictionary<string, BackupEntry>(StringComparer.Ordinal);
        BackupManifest? manifest = null;
        var progress = new BackupProgress(output, "Kiểm tra");
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var reader = new TarReader(stream);
            while (await reader.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                Check(entry);
                if (seen.ContainsKey(entry.Name) || (entry.Name == BackupEntryNames.Manifest && manifest is not null))
                    throw new BackupException(BackupTexts.Duplicate(entry.Name));
                if (seen.Count >= BackupLimits.MaxEntries)
                    throw new BackupException(BackupTexts.TooManyEntries);
                if (entry.Name == BackupEntryNames.Manifest)
                    manifest = BackupManifest.Read(entry.DataStream ?? Stream.Null);
                else
                    seen[entry.Name] = await SumAsync(entry, ct);
                progress.Add(entry.Length);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            throw new BackupException(BackupTexts.NotAnArchive, ex);
        }
        progress.Done();
        if (manifest is null)
            throw new BackupException(BackupTexts.NoManifest);
        Compare(manifest, seen);
        return manifest;
    }

    /// <summary>What a restore accepts: a regular file with a safe name, within its size bound.</summary>
    public static void Check(TarEntry entry)
    {
        if (!BackupEntryNames.IsSafe(entry.Name))
            throw new BackupException(BackupTexts.BadName(entry.Name));
        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            throw new BackupException(BackupTexts.NotAFile(entry.Name));
        if (entry.Length > BackupEntryNames.MaxSize(entry.Name))
            throw new BackupException(BackupTexts.TooLarge(entry.Name, entry.Length));
    }

    /// <summary>Copies an entry's bytes to <paramref name="target"/> (or nowhere), returning their count and SHA-256.</summary>
    public static async Task<BackupEntry> SumAsync(TarEntry entry, CancellationToken ct, Stream? target = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        if (entry.DataStream is { } data)
        {
            int n;
            while ((n = await data.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, n);
                total += n;
                if (target is not null)
                    await target.WriteAsync(buffer.AsMemory(0, n), ct);
            }
        }
        // A truncated archive ends an entry early.
        if (total != entry.Length)
            throw new BackupException(BackupTexts.NotAnArchive);
        return new BackupEntry(entry.Name, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Compare(BackupManifest manifest, Dictionary<string, BackupEntry> seen)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expected in manifest.Entries)
        {
            if (!listed.Add(expected.Name))
                throw new BackupException(BackupTexts.Duplicate(expected.Name));
            if (!seen.TryGetValue(expected.Name, out var actual))
                throw new BackupException(BackupTexts.Missing(expected.Name));
            if (actual.Size != expected.Size || !string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new BackupException(BackupTexts.Checksum(expected.Name));
        }
        if (seen.Keys.FirstOrDefault(name => !listed.Contains(name)) is { } extra)
            throw new BackupException(BackupTexts.NotListed(extra));
    }
}
