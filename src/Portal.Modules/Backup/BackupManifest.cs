using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Modules.Backup;

/// <summary>One file of the archive: its name inside the archive, its size and its SHA-256 (lower-case hex).</summary>
public sealed record BackupEntry(string Name, long Size, string Sha256);

/// <summary>
/// manifest.json, the archive's last entry (written once every other entry's sum is known, so the archive is made in
/// one pass). A restore checks every entry against it before anything is written.
/// </summary>
public sealed record BackupManifest
{
    public const string Format = "portal-backup";
    public const int CurrentVersion = 1;

    // Required when read: an archive whose manifest does not say what it is is not taken for one of ours.
    [JsonPropertyName("format"), JsonRequired] public string FormatName { get; init; } = Format;
    [JsonRequired] public int FormatVersion { get; init; } = CurrentVersion;
    /// <summary>"sqlite" or "postgres".</summary>
    public required string Engine { get; init; }
    /// <summary>The last EF Core migration applied to the saved database.</summary>
    public required string Migration { get; init; }
    public required DateTime CreatedUtc { get; init; }
    public required string AppVersion { get; init; }
    public required IReadOnlyList<BackupEntry> Entries { get; init; }

    // Read by people too (`tar -xOf FILE manifest.json`): no escaping of "+" or Vietnamese letters; it is never HTML.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>Reads and checks the shape; the values are checked against the site by the restore.</summary>
    public static BackupManifest Read(Stream json)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new BackupException(BackupTexts.BadManifest, ex);
        }
        if (manifest is null || manifest.FormatName != Format || manifest.Entries is null
            || string.IsNullOrEmpty(manifest.Engine) || string.IsNullOrEmpty(manifest.Migration)
            || manifest.Entries.Any(e => e is null || e.Name is null || e.Sha256 is null || e.Size < 0))
            throw new BackupException(BackupTexts.BadManifest);
        if (manifest.FormatVersion != CurrentVersion)
            throw new BackupException(BackupTexts.FormatVersion(manifest.FormatVersion));
        return manifest;
    }
}
