using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Media;

/// <summary>
/// Signs on-demand sizes so that only URLs the portal wrote can make the server resize: HMAC-SHA256 over
/// "{hash}/{width}/{format}". The key comes from Media:SigningKey or is made once and kept in a file: in the data
/// folder, or beside the media when Media:Folder is set, so every node that mounts that folder signs alike.
/// </summary>
internal sealed class UrlSigner
{
    private readonly byte[] key;

    public UrlSigner(IOptions<MediaOptions> options, PortalPaths paths)
    {
        key = options.Value.SigningKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : LoadOrCreateKey(KeyFile(paths));
    }

    public string Sign(string hash, int width, string format) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{hash}/{width}/{format}")));

    public bool IsValid(string hash, int width, string format, string? signature)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(hash, width, format));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A key the data folder already holds moves along to the shared folder, so resize links already out keep working.</summary>
    private static string KeyFile(PortalPaths paths)
    {
        var local = Path.Combine(paths.DataFolder, "media-signing.key");
        if (!paths.SharedMediaFolder)
            return local;
        var shared = Path.Combine(paths.MediaFolder, "signing.key");
        Directory.CreateDirectory(paths.MediaFolder);
        if (!File.Exists(shared) && File.Exists(local))
        {
            try { File.Copy(local, shared); }
            catch (IOException) when (File.Exists(shared)) { }
        }
        return shared;
    }

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var created = RandomNumberGenerator.GetBytes(32);
        try
        {
            // CreateNew: when two processes start together, the second one reads the first one's key.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(created)));
            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            Thread.Sleep(50);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
