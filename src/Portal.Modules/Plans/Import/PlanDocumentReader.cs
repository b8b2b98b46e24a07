namespace Portal.Modules.Plans.Import;

/// <summary>
/// The fixed parts of an official document around its content: the national motto, the issuing body, "Số:", place
/// and date, the document type and title, the "Căn cứ" legal bases, the "Nơi nhận" list and the signer. Returns the
/// metadata and the lines it used, which the body leaves out.
/// </summary>
internal static class PlanDocumentReader
{
    private static readonly string[] DocumentTypes = ["ke hoach", "quyet dinh", "chuong trinh", "thong bao", "bao cao", "de an", "huong dan", "cong van", "to trinh"];
    private static readonly string[] IssuerStarts = ["ubnd", "uy ban", "so ", "bo ", "ban ", "trung tam", "chi cuc", "cuc ", "tong cuc", "phong ", "vien ", "truong ", "dai ", "hoi ", "dang uy", "van phong"];

    public static (ParsedPlanMetadata Metadata, HashSet<int> Used) Read(IReadOnlyList<PlanProseLine> lines)
    {
        var used = new HashSet<int>();
        var metadata = new ParsedPlanMetadata();
        var issuers = new List<string>();
        var legal = new List<string>();
        var typeIndex = -1;
        for (var i = 0; i < lines.Count && i < 80; i++)
        {
            var l = lines[i];
            if (l.IsBlank)
                continue;
            var f = l.Folded;
            if (PlanHeading.Read(l.Raw, l.Clean, l.Line) is { Level: > 0 } || f.StartsWith("dieu 1", StringComparison.Ordinal) || f.StartsWith("noi nhan", StringComparison.Ordinal))
                break;
            if (f.Contains("cong hoa xa hoi chu nghia") || (f.Contains("doc lap") && f.Contains("hanh phuc")))
                used.Add(i);
            else if (f.StartsWith("so:", StringComparison.Ordinal) || f.StartsWith("so :", StringComparison.Ordinal))
            {
                var number = l.Clean[(l.Clean.IndexOf(':') + 1)..].Trim().Split(' ', 2)[0];
                metadata = metadata with { Number = number.Length > 0 && char.IsLetterOrDigit(number[0]) ? number : metadata.Number };
                used.Add(i);
            }
            else if (metadata.DateYear is null && DateLine(l) is { } date)
            {
                metadata = metadata with { Place = date.Place, DateDay = date.Day, DateMonth = date.Month, DateYear = date.Year };
                used.Add(i);
            }
            else if (typeIndex < 0 && l.IsUpper && DocumentTypes.FirstOrDefault(t => f == t || f.StartsWith(t + " ", StringComparison.Ordinal)) is { } type)
            {
                typeIndex = i;
                used.Add(i);
                var title = new List<string>();
                if (f.Length > type.Length)
                    title.Add(l.Clean[type.Length..].Trim());
                for (var j = i + 1; j < lines.Count && j < i + 8 && title.Count < 3; j++)
                {
                    var t = lines[j];
                    if (t.IsBlank)
                    {
                        if (title.Count > 0)
                            break;
                        continue;
                    }
                    // The title follows its type line directly; a table or a list item in between ends it.
                    if (t.Line - lines[j - 1].Line > 1 || t.Clean[0] is '-' or '+' or '•')
                        break;
                    if (t.Folded.StartsWith("can cu", StringComparison.Ordinal) || IsIssuer(t) || t.Clean.StartsWith('(') || PlanHeading.Read(t.Raw, t.Clean, t.Line) is not null)
                        break;
                    title.Add(t.Clean);
                    used.Add(j);
                }
                var titleText = string.Join(" ", title);
                metadata = metadata with { DocumentType = Capitalise(l.Clean[..type.Length]), Title = titleText.Length > 0 ? titleText : null };
            }
            else if (IsIssuer(l) && !used.Contains(i))
            {
                issuers.Add(l.Clean);
                used.Add(i);
            }
            else if (f.StartsWith("can cu", StringComparison.Ordinal))
            {
                legal.Add(l.Clean.TrimEnd(';', '.', ',', ' ', ':'));
                used.Add(i);
            }
        }
        var year = YearIn(metadata.Title) ?? metadata.DateYear;
        metadata = metadata with { IssuingBody = issuers.Count > 0 ? string.Join(" / ", issuers) : null, LegalBases = legal, Year = year };
        return (ReadEnd(lines, metadata, used), used);
    }

    private static ParsedPlanMetadata ReadEnd(IReadOnlyList<PlanProseLine> lines, ParsedPlanMetadata metadata, HashSet<int> used)
    {
        var recipients = new List<string>();
        var start = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
            if (lines[i].Folded.StartsWith("noi nhan", StringComparison.Ordinal))
            {
                start = i;
                break;
            }
        var signatureFrom = Math.Max(0, lines.Count - 14);
        if (start >= 0)
        {
            used.Add(start);
            var i = start + 1;
            for (; i < lines.Count; i++)
            {
                var l = lines[i];
                if (l.IsBlank)
                    continue;
                if (l.Clean[0] is not ('-' or '+' or '•'))
                    break;
                recipients.Add(l.Clean.TrimStart('-', '+', '•', ' ').TrimEnd(';', '.', ',', ' '));
                used.Add(i);
            }
            signatureFrom = i;
        }
        var positions = new List<string>();
        string? name = null;
        for (var i = signatureFrom; i < lines.Count && i < signatureFrom + 14 && name is null; i++)
        {
            var l = lines[i];
            if (l.IsBlank || used.Contains(i))
                continue;
            if (l.IsUpper && l.Clean.Length <= 60 && IsPosition(l.Folded))
            {
                positions.Add(l.Clean);
                used.Add(i);
            }
            else if (positions.Count > 0 && l.Clean.Length <= 50 && l.Clean.Split(' ').Length <= 7 && l.Clean.Any(char.IsLetter) && !l.Clean.Any(char.IsDigit))
            {
                name = l.Clean;
                used.Add(i);
            }
            else if (positions.Count > 0)
                break;
        }
        var replaces = ReplacedPlan(lines);
        return metadata with
        {
            Recipients = recipients,
            SignerPosition = positions.Count > 0 ? string.Join(" / ", positions) : null,
            SignerName = name,
            ReplacesNumber = replaces?.Number,
            ReplacesText = replaces?.Text,
        };
    }

    private static (string Number, string Text)? ReplacedPlan(IReadOnlyList<PlanProseLine> lines)
    {
        foreach (var l in lines)
        {
            var at = l.Folded.IndexOf("thay the ", StringComparison.Ordinal);
            if (at < 0)
                continue;
            var so = l.Folded.IndexOf(" so ", at, StringComparison.Ordinal);
            if (so < 0 || so - at > 40)
                continue;
            var number = l.Clean[(so + 4)..].Trim().Split([' ', ',', ')', ';'], 2)[0].TrimEnd('.');
            if (number.Length == 0 || !char.IsAsciiDigit(number[0]))
                continue;
            var text = l.Clean.Trim('(', ')', '.', ' ', '*').TrimEnd(')', '.') + ".";
            return (number, text);
        }
        return null;
    }

    private static bool IsPosition(string f) =>
        f.Contains("giam doc") || f.Contains("chu tich") || f.Contains("truong") || f.Contains("bi thu") || f.Contains("chanh van phong")
        || f.StartsWith("tm.", StringComparison.Ordinal) || f.StartsWith("kt.", StringComparison.Ordinal) || f.StartsWith("tl.", StringComparison.Ordinal)
        || f.StartsWith("q.", StringComparison.Ordinal) || f.StartsWith("tuq.", StringComparison.Ordinal);

    private static bool IsIssuer(PlanProseLine l) =>
        l.IsUpper && l.Clean.Length <= 100 && IssuerStarts.Any(s => l.Folded.StartsWith(s, StringComparison.Ordinal)) && !IsPosition(l.Folded[..Math.Min(4, l.Folded.Length)]);

    private static (string? Place, int? Day, int? Month, int Year)? DateLine(PlanProseLine l)
    {
        var f = l.Folded;
        var at = f.IndexOf("ngay", StringComparison.Ordinal);
        var comma = f.LastIndexOf(',', Math.Max(0, at));
        if (at < 0 || l.Clean.Length > 80 || comma < 0 || comma > at)
            return null;
        var thang = f.IndexOf("thang", at, StringComparison.Ordinal);
        var nam = f.IndexOf("nam", Math.Max(at, thang), StringComparison.Ordinal);
        if (thang < 0 || nam < 0)
            return null;
        var year = FirstNumber(f[nam..]);
        if (year is not (>= 1900 and <= 2100))
            return null;
        var day = FirstNumber(f[(at + 4)..thang]);
        var month = FirstNumber(f[(thang + 5)..nam]);
        return (l.Clean[..comma].Trim(), day is >= 1 and <= 31 ? day : null, month is >= 1 and <= 12 ? month : null, year.Value);
    }

    internal static int? YearIn(string? text)
    {
        if (text is null)
            return null;
        var f = TextFold.Fold(text);
        for (var at = f.IndexOf("nam ", StringComparison.Ordinal); at >= 0; at = f.IndexOf("nam ", at + 4, StringComparison.Ordinal))
            if (FirstNumber(f.Substring(at + 4, Math.Min(5, f.Length - at - 4))) is int y && y is >= 1900 and <= 2100)
                return y;
        return null;
    }

    private static int? FirstNumber(string s)
    {
        var i = 0;
        while (i < s.Length && !char.IsAsciiDigit(s[i]))
            i++;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 5)
            i++;
        return i > start ? int.Parse(s[start..i]) : null;
    }

    private static string Capitalise(string upper) => upper.Length == 0 ? upper : char.ToUpperInvariant(upper[0]) + upper[1..].ToLowerInvariant();
}
