namespace Portal.Modules.Media.Storage;

/// <summary>
/// Where media bytes live, addressed by key ("originals/ab/abcd…", "derived/ab/abcd…/640.webp").
/// Keys are content-addressed, so a written key never changes: a shared store (object storage, NFS) can
/// replace the local disk when several web nodes run, without any invalidation.
/// </summary>
public interface IMediaStore
{
    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    /// <summary>A seekable stream (range requests need it), or null when the key is absent.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    /// <summary>Writes all of <paramref name="content"/> or nothing: readers never see a partial file.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken ct = default);

    /// <summary>Removes the key and, for a folder-like prefix, everything under it.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);
}

/// <summary>The keys of the store, built only from validated hashes and names so no request can walk out of it.</summary>
public static class MediaKeys
{
    public static bool IsHash(string? value) =>
        value is { Length: 64 } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    public static string Original(string hash) => $"originals/{hash[..2]}/{hash}";

    public static string DerivedFolder(string hash) => $"derived/{hash[..2]}/{hash}";

    public static string Derived(string hash, int width, string format) => $"{DerivedFolder(hash)}/{width}.{format}";

    /// <summary>The full-size picture of a video (poster frame) or PDF (first page) that presets are made from.</summary>
    public static string Still(string hash) => $"{DerivedFolder(hash)}/still.png";
}
