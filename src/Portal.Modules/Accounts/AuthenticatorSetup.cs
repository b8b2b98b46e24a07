using System.Text;
using QRCoder;

namespace Portal.Modules.Accounts;

/// <summary>What an authenticator app needs to add the account: the key, readable, and the otpauth:// URI as a QR code.</summary>
internal static class AuthenticatorSetup
{
    /// <summary>The key in groups of four, lower case, as people copy it by hand.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        return text.ToString().ToLowerInvariant();
    }

    /// <summary>Key URI format (Google Authenticator wiki): otpauth://totp/Issuer:account?secret=…&amp;issuer=…</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>A PNG data: URI (the CSP allows data: images, not inline styles an SVG would bring).</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
