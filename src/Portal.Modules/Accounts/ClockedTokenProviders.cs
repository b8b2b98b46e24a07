using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// Identity's AuthenticatorTokenProvider reads DateTimeOffset.UtcNow (so it was in .NET 10.0), which the app
/// must not do (docs/architecture.md, Time): this one checks the same RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits,
/// the key Identity stores) against the injected TimeProvider. It accepts one step either side of now, as RFC 6238
/// §5.2 advises, where Identity accepts two.
/// </summary>
internal sealed class ClockedAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<PortalUser>
{
    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (key is null || token.Length != 6 || !token.All(char.IsAsciiDigit) || Base32.Decode(key) is not { Length: > 0 } secret)
            return false;
        var step = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var matched = false;
        for (var offset = -1; offset <= 1; offset++)
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step + offset)), Encoding.ASCII.GetBytes(token));
        return matched;
    }

    /// <summary>The six-digit code for a 30-second step (RFC 4226 dynamic truncation).</summary>
    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var number = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        return (number % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}

/// <summary>RFC 4648 base32, the alphabet authenticator keys are written in (Identity's own decoder is internal).</summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[]? Decode(string text)
    {
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '=')
                continue;
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c));
            if (value < 0)
                return null;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}

/// <summary>Reset links live 2 hours; e-mail confirmation keeps Identity's one day (DataProtectionTokenProviderOptions).</summary>
internal sealed class PasswordResetTokenOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(2);
    }
}

/// <summary>
/// Password reset tokens as Identity's DataProtectorTokenProvider makes them (protected creation time, user id,
/// purpose and security stamp), but dated by the injected TimeProvider: Identity's reads DateTimeOffset.UtcNow.
/// The stamp makes a link single-use: resetting the password changes it, and every older link with it.
/// </summary>
internal sealed class PasswordResetTokenProvider(
    IDataProtectionProvider protection, IOptions<PasswordResetTokenOptions> options, ILogger<DataProtectorTokenProvider<PortalUser>> logger, TimeProvider clock)
    : DataProtectorTokenProvider<PortalUser>(protection, options, logger)
{
    public const string ProviderName = "PortalPasswordReset";

    public override async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }
        return Convert.ToBase64String(Protector.Protect(buffer.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        long created;
        string userId, tokenPurpose, stamp;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Protector.Unprotect(Convert.FromBase64String(token))), Encoding.UTF8);
            (created, userId, tokenPurpose, stamp) = (reader.ReadInt64(), reader.ReadString(), reader.ReadString(), reader.ReadString());
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                return false;
        }
        catch (Exception e) when (e is FormatException or CryptographicException or IOException or ArgumentException)
        {
            return false;
        }
        if (clock.GetUtcNow().UtcTicks - created > Options.TokenLifespan.Ticks)
            return false;
        return userId == await manager.GetUserIdAsync(user) && tokenPurpose == purpose && stamp == (await manager.GetSecurityStampAsync(user) ?? "");
    }
}
