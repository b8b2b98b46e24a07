namespace Portal.Modules.Backup;

/// <summary>The files a backup takes from a folder: regular files, recursively, without links or hidden names.</summary>
internal static class BackupFiles
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        // Hidden: names starting with "." (a restore's own stage folders); links are never followed or saved.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Full paths under <paramref name="folder"/>, lazily; in-flight work is left out: the media store's ".tmp" files
    /// and the processor's work folder "tmp/".
    /// </summary>
    public static IEnumerable<string> Under(string folder)
    {
        if (!Directory.Exists(folder))
            return [];
        var work = Path.Combine(folder, "tmp") + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*", Options)
            .Where(path => !path.EndsWith(".tmp", StringComparison.Ordinal) && !path.StartsWith(work, StringComparison.Ordinal));
    }

    /// <summary>The entry name of a file: the archive folder, then its path under the folder with "/" separators.</summary>
    public static string EntryName(string prefix, string folder, string path) =>
        prefix + Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
}
