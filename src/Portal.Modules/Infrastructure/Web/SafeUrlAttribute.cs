using System.ComponentModel.DataAnnotations;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// A link an editor or administrator may put on a public page: absolute http(s), mailto: or tel:, or a path on
/// this site. Anything else (javascript:, data:, vbscript:, a protocol-relative //host) is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class SafeUrlAttribute() : ValidationAttribute("Chỉ nhận địa chỉ http(s), mailto:, tel: hoặc đường dẫn trong trang (bắt đầu bằng /).")
{
    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || IsSafe(text);

    public static bool IsSafe(string url)
    {
        url = url.Trim();
        if (url.Any(char.IsControl))
            return false;
        if (url.StartsWith('/'))
            return !url.StartsWith("//") && !url.StartsWith("/\\");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" or "mailto" or "tel"
            && (uri.Scheme is "mailto" or "tel" || uri.Host.Length > 0);
    }
}
