namespace Portal.Modules.Plans.Import;

/// <summary>Counts written in words around them ("6000 cuốn", "Bản tin (12 số bản tin)", "600 tin, bài …").</summary>
internal static class PlanQuantities
{
    /// <summary>The first count in the text and its unit; null for rates ("02 số/tháng"), dates and years.</summary>
    public static (decimal Value, string Unit)? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var i = 0;
        for (var tokens = 0; i < text.Length && tokens < 5; tokens++)
        {
            while (i < text.Length && !char.IsAsciiDigit(text[i]))
                i++;
            if (i >= text.Length)
                return null;
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                i++;
            if (start > 0 && char.IsLetter(text[start - 1]))
                continue;
            if (i < text.Length && text[i] is '/' or '-' or '%')
            {
                i++;
                continue;
            }
            if (!VietnameseNumbers.TryParseNumber(text[start..i], out var value) || value <= 0 || value > 10_000_000)
                continue;
            var unit = UnitAfter(text, i, out var rate);
            if (rate || unit.Length == 0 || (value is >= 1900 and <= 2100 && value == Math.Floor(value) && !text[start..i].Contains('.')))
                continue;
            return (value, unit);
        }
        return null;
    }

    private static string UnitAfter(string text, int at, out bool rate)
    {
        rate = false;
        var words = new List<string>();
        var i = at;
        while (words.Count < 3 && i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]) || (i < text.Length && text[i] == '&'))
                i++;
            if (i == start)
                break;
            words.Add(text[start..i]);
            if (i < text.Length && text[i] == '/')
                rate = true;
            if (i >= text.Length || text[i] != ' ')
                break;
        }
        var unit = string.Join(' ', words);
        if (words.Count > 0 && TextFold.Fold(words[0]) == "tin")
        {
            var rest = TextFold.Fold(text[Math.Min(text.Length, at)..]);
            unit = rest.TrimStart().StartsWith("tin, bai") || rest.TrimStart().StartsWith("tin bai") ? "tin, bài" : "tin";
        }
        else if (words.Count > 1 && TextFold.Fold(words[0]) != "so")
            unit = words[0] + (words.Count > 1 && TextFold.Fold(words[0]) is "phong" or "chuyen" or "ban" or "bai" or "luot" or "cuoc" ? " " + words[1] : "");
        return unit;
    }
}
