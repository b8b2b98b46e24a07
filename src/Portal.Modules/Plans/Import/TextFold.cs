using System.Globalization;
using System.Text;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// Vietnamese folding that keeps every character in place ("Tháng 3" → "thang 3", đ → d), so a match found in the
/// folded line cuts the same span out of the original. A lookup table built once keeps it linear and allocation-light.
/// </summary>
internal static class TextFold
{
    private static readonly char[] Table = Build();

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Table[source[i]];
        });

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.ToLowerInvariant(c);
            if (c < 0xC0 || c > 0x1EFF || char.IsSurrogate(c))
                continue;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark)
                table[i] = char.ToLowerInvariant(decomposed[0]);
        }
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['\u00A0'] = ' ';
        return table;
    }
}
