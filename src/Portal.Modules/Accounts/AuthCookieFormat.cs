using System.Buffers.Text;
using Microsoft.AspNetCore.Authentication;

namespace Portal.Modules.Accounts;

/// <summary>
/// The auth cookie's format with a cheap look first: a value that is not base64url or does not start with the
/// data-protection header is nobody's ticket, refused without decrypting. The framework would reach the same
/// answer through a caught exception, a cost anyone could make every request pay with a junk cookie.
/// </summary>
internal sealed class AuthCookieFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    // IDataProtector payloads start with this magic header, then the 16-byte key id.
    private static ReadOnlySpan<byte> MagicHeader => [0x09, 0xF0, 0xC9, 0xF0];
    private const int MinimumBytes = 4 + 16 + 16;

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => MayBeTicket(protectedText) ? inner.Unprotect(protectedText) : null;

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
        MayBeTicket(protectedText) ? inner.Unprotect(protectedText, purpose) : null;

    public static bool MayBeTicket(string? text)
    {
        if (text is null || !Base64Url.IsValid(text, out var length) || length < MinimumBytes)
            return false;
        Span<byte> start = stackalloc byte[6];
        return Base64Url.TryDecodeFromChars(text.AsSpan(0, 8), start, out var written) && written >= 4 && start[..4].SequenceEqual(MagicHeader);
    }
}
