namespace Portal.Modules.Backup;

/// <summary>Bounds a restore enforces before it trusts an archive.</summary>
internal static class BackupLimits
{
    public const int MaxEntries = 2_000_000;
    public const long MaxManifestBytes = 512L << 20;
    public const long MaxDatabaseBytes = 1L << 40;
    public const long MaxMediaBytes = 16L << 30;
    public const long MaxKeyBytes = 1L << 20;
    public const int MaxNameLength = 512;
}

/// <summary>The archive's layout: database/portal.db or database/portal.dump, media/…, keys/…, secrets/media-signing.key, manifest.json.</summary>
internal static class BackupEntryNames
{
    public const string Manifest = "manifest.json";
    public const string SqliteDatabase = "database/portal.db";
    public const string PostgresDatabase = "database/portal.dump";
    public const string MediaPrefix = "media/";
    public const string KeysPrefix = "keys/";
    /// <summary>The media URL signing key the app generates in the data folder when Media:SigningKey is not set.</summary>
    public const string SigningKey = "secrets/media-signing.key";
    public const string SigningKeyFile = "media-signing.key";

    public static string Database(string engine) => engine == "postgres" ? PostgresDatabase : SqliteDatabase;

    /// <summary>
    /// A relative name of plain segments under one of the archive's folders: no absolute path, no "." or "..", no
    /// backslash or control character, so no entry can be written outside the folder it is extracted into.
    /// </summary>
    public static bool IsSafe(string name)
    {
        if (name.Length is 0 or > BackupLimits.MaxNameLength || name.Any(c => char.IsControl(c) || c is '\\' or ':'))
            return false;
        if (name is Manifest or SqliteDatabase or PostgresDatabase or SigningKey)
            return true;
        if (!name.StartsWith(MediaPrefix, StringComparison.Ordinal) && !name.StartsWith(KeysPrefix, StringComparison.Ordinal))
            return false;
        return name.Split('/').All(segment => segment.Length > 0 && segment is not ("." or ".."));
    }

    public static long MaxSize(string name) => name switch
    {
        Manifest => BackupLimits.MaxManifestBytes,
        SqliteDatabase or PostgresDatabase => BackupLimits.MaxDatabaseBytes,
        SigningKey => BackupLimits.MaxKeyBytes,
        _ when name.StartsWith(KeysPrefix, StringComparison.Ordinal) => BackupLimits.MaxKeyBytes,
        _ => BackupLimits.MaxMediaBytes,
    };

    /// <summary>The path an entry is extracted to under <paramref name="root"/>; refuses anything that would leave it.</summary>
    public static string PathUnder(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new BackupException(BackupTexts.BadName(relative));
        return full;
    }
}
