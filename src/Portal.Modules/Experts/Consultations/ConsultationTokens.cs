using System.Security.Cryptography;
using System.Text;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// The secret links' tokens: 32 random bytes, URL-safe, mailed once and never stored. The row keeps the SHA-256
/// hash; a link is looked up by its hash and the hash compared again in constant time.
/// </summary>
public static class ConsultationTokens
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Tokens are 43 URL-safe characters; anything else is refused before a query.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static bool Matches(string? storedHash, string token) =>
        storedHash is { Length: 64 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(token)));
}
