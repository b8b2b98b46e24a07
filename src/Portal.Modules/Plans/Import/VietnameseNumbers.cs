namespace Portal.Modules.Plans.Import;

/// <summary>
/// Numbers and sums of money as official documents write them: "1.701" is one thousand seven hundred and one,
/// "55,00" and "105,88 %" have a decimal comma, "92,000,000 đồng" groups thousands with commas (groups of three
/// decide), and a unit in the text ("triệu đồng", "1,5 tỷ", "2.500.000đ") overrides the unit the caller assumes.
/// </summary>
public static class VietnameseNumbers
{
    private const decimal MaxAmount = 1_000_000_000_000_000m;

    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
            return false;
        var s = text.Trim().TrimEnd('%').Trim();
        var negative = s.StartsWith('-');
        if (negative)
            s = s[1..].TrimStart();
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
            return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ' or '\u00A0' or '\u202F'))
                return false;
        var groups = s.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length > 1 && !(groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit)) && groups[0].Length <= 3))
            return false;
        s = string.Concat(groups);
        if (!TryReadSeparated(s, out value))
            return false;
        if (negative)
            value = -value;
        return true;
    }

    /// <summary>An amount in đồng. <paramref name="defaultUnit"/> (1, 1 000, 1 000 000…) applies when the text names none.</summary>
    public static bool TryParseAmount(string? text, long defaultUnit, out long dong)
    {
        dong = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
            return false;
        var folded = TextFold.Fold(WithoutParentheses(text)).Trim().TrimEnd('.', ';', ',').Trim();
        var end = 0;
        while (end < folded.Length && (char.IsAsciiDigit(folded[end]) || folded[end] is '.' or ',' or ' '))
            end++;
        var numberPart = folded[..end].Trim();
        var unitPart = folded[end..].Trim();
        if (!TryParseNumber(numberPart, out var number) || number < 0 || number > MaxAmount)
            return false;
        long unit;
        if (unitPart.Length == 0)
            unit = defaultUnit;
        else if (UnitOf(unitPart) is { } named)
            unit = named;
        else
            return false;
        if (unit <= 0 || number > MaxAmount / unit)
            return false;
        var amount = number * unit;
        if (amount > MaxAmount)
            return false;
        dong = (long)Math.Round(amount, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>The multiplier of a money unit written after a number, or null when the words are not one.</summary>
    internal static long? UnitOf(string foldedUnit) => foldedUnit.Replace(" ", "").Replace(".", "") switch
    {
        "dong" or "d" or "vnd" or "vnđ" => 1,
        "nghindong" or "ngandong" or "nghin" or "ngan" or "ngd" => 1_000,
        "trieudong" or "trieu" or "trd" or "tr" => 1_000_000,
        "tydong" or "ty" => 1_000_000_000,
        _ => null,
    };

    private static bool TryReadSeparated(string s, out decimal value)
    {
        value = 0;
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        string integer, fraction = "";
        if (lastDot < 0 && lastComma < 0)
        {
            integer = s;
        }
        else if (lastDot >= 0 && lastComma >= 0)
        {
            var decimalSeparator = lastDot > lastComma ? '.' : ',';
            var thousands = decimalSeparator == '.' ? ',' : '.';
            var cut = Math.Max(lastDot, lastComma);
            if (s[..cut].Contains(decimalSeparator) || !IsGrouped(s[..cut], thousands))
                return false;
            integer = s[..cut].Replace(thousands.ToString(), "");
            fraction = s[(cut + 1)..];
        }
        else
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var parts = s.Split(separator);
            if (parts.Length > 2 || parts[1].Length == 3)
            {
                if (!IsGrouped(s, separator))
                    return false;
                integer = s.Replace(separator.ToString(), "");
            }
            else
            {
                integer = parts[0];
                fraction = parts[1];
            }
        }
        if (integer.Length is 0 or > 20 || fraction.Length > 8 || !integer.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
            return false;
        value = decimal.Parse(integer, System.Globalization.CultureInfo.InvariantCulture);
        if (fraction.Length > 0)
            value += decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture) / (decimal)Math.Pow(10, fraction.Length);
        return true;
    }

    private static bool IsGrouped(string s, char separator)
    {
        var parts = s.Split(separator);
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    internal static string WithoutParentheses(string text)
    {
        var open = text.IndexOf('(');
        return open > 0 ? text[..open] : text;
    }
}
