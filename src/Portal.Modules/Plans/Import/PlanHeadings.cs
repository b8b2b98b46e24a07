namespace Portal.Modules.Plans.Import;

/// <summary>A numbered heading of the plan's prose ("II.", "1.", "2.1.", "a)", "Phụ lục").</summary>
internal sealed record PlanHeading(int Level, string Number, string Title, int Line)
{
    public bool IsRoman => Number.Length > 0 && PlanWords.IsGroupNumber(Number);

    /// <summary>
    /// A prose line read as a heading, or null. Numbered paragraphs are not headings: a heading is short, or its
    /// numbered lead is bold ("**2. Các phòng:** Phối hợp…", where the rest is the section's text).
    /// </summary>
    public static PlanHeading? Read(string raw, string clean, int line)
    {
        if (clean.Length < 2 || clean[0] is '-' or '+' or '•' or '(')
            return null;
        var f = TextFold.Fold(clean);
        if (f.StartsWith("phu luc", StringComparison.Ordinal))
            return clean.Length <= 200 ? new(0, "", clean.TrimEnd(':'), line) : null;
        var (number, level, remainder) = Numbering(clean);
        if (number is null)
            return null;
        var lead = PlanText.BoldLead(raw);
        var title = lead is not null && lead.StartsWith(number, StringComparison.Ordinal) && lead.Length < clean.Length
            ? lead[number.Length..].Trim()
            : remainder;
        title = title.Trim().TrimEnd(':').Trim();
        if (title.Length == 0 || title.Length > 160 || (lead is null && clean.Length > 160))
            return null;
        return new(level, number.TrimEnd('.', ')'), title, line);
    }

    private static (string? Number, int Level, string Remainder) Numbering(string clean)
    {
        var i = 0;
        while (i < clean.Length && clean[i] is 'I' or 'V' or 'X')
            i++;
        if (i is > 0 and <= 5 && i + 1 < clean.Length && clean[i] is '.' or ')' && clean[i + 1] == ' ')
            return (clean[..(i + 1)], 1, clean[(i + 2)..]);
        if (clean.Length > 3 && clean[0] is >= 'A' and <= 'Z' && clean[1] == '.' && clean[2] == ' ')
            return (clean[..2], 1, clean[3..]);
        if (clean.Length > 3 && char.IsLower(clean[0]) && clean[1] == ')' && clean[2] == ' ')
            return (clean[..2], 5, clean[3..]);
        i = 0;
        var parts = 0;
        while (i < clean.Length && char.IsAsciiDigit(clean[i]))
        {
            var start = i;
            while (i < clean.Length && char.IsAsciiDigit(clean[i]))
                i++;
            if (i - start > 2)
                return (null, 0, "");
            parts++;
            if (i < clean.Length && clean[i] == '.' && i + 1 < clean.Length && char.IsAsciiDigit(clean[i + 1]))
                i++;
        }
        if (parts == 0 || i >= clean.Length)
            return (null, 0, "");
        if (clean[i] is '.' or ')')
            i++;
        else if (parts == 1)
            return (null, 0, "");
        if (i >= clean.Length || clean[i] != ' ')
            return (null, 0, "");
        return (clean[..i], 1 + parts, clean[(i + 1)..]);
    }
}

/// <summary>The headings above the current line; the group path of a table under them ("II.1. Phối hợp…").</summary>
internal sealed class PlanHeadingPath
{
    private readonly List<PlanHeading> stack = [];

    public int Count => stack.Count;

    public void Push(PlanHeading heading)
    {
        while (stack.Count > 0 && stack[^1].Level >= heading.Level)
            stack.RemoveAt(stack.Count - 1);
        stack.Add(heading);
    }

    public PlanHeading? Deepest => stack.Count > 0 ? stack[^1] : null;

    public string? Group()
    {
        if (stack.Count == 0)
            return null;
        var deepest = stack[^1];
        if (deepest.Number.Length == 0 || deepest.IsRoman)
            return deepest.Number.Length == 0 ? deepest.Title : $"{deepest.Number}. {deepest.Title}";
        var roman = stack.FirstOrDefault(h => h.IsRoman && h != deepest);
        var number = roman is null ? deepest.Number : $"{roman.Number}.{deepest.Number}";
        return $"{number}{(deepest.Level == 5 ? ")" : ".")} {deepest.Title}";
    }

    public PlanChannel Channel()
    {
        for (var i = stack.Count - 1; i >= 0; i--)
            if (PlanWords.Channel(stack[i].Title) is var channel && channel != PlanChannel.Other)
                return channel;
        return PlanChannel.Other;
    }
}
