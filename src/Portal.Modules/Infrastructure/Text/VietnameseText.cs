using System.Globalization;
using System.Text;

namespace Portal.Modules.Infrastructure.Text;

/// <summary>
/// The one Vietnamese normaliser: NFC, lower-case, tone and vowel marks stripped, đ folded to d.
/// Indexed text, queries and slugs all go through it so "Đà Nẵng" and "da nang" meet.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Đổi mới sáng tạo – Đẩy nhanh phục hồi" → "doi-moi-sang-tao-day-nhanh-phuc-hoi".</summary>
    public static string Slugify(string? text, int maxLength = 120)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                    builder.Append('-');
                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length <= maxLength)
            return slug;
        var cut = slug[..maxLength];
        var lastDash = cut.LastIndexOf('-');
        return lastDash > maxLength / 2 ? cut[..lastDash] : cut.TrimEnd('-');
    }

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 200 && slug == Slugify(slug, 200);
}
