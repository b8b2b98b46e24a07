using System.Globalization;

namespace Portal.Modules.Experts.Admin;

/// <summary>
/// The profile's collections as staff type them: one item per line, parts separated by "|". Parsed into the
/// input, which <see cref="ExpertRules"/> then checks like any other; a line that cannot be read is reported here.
/// </summary>
public sealed class ExpertForm
{
    public const int MaxText = 40_000;

    public string? Education { get; set; }
    public string? Positions { get; set; }
    public string? Publications { get; set; }
    public string? Tasks { get; set; }
    public string? Patents { get; set; }
    public string? Transfers { get; set; }
    public string? Awards { get; set; }

    public static ExpertForm From(ExpertInput input) => new()
    {
        Education = Lines(input.Education.Select(e => Join(e.Degree.ToString(), e.Major, e.Institution, Year(e.Year)))),
        Positions = Lines(input.Positions.Select(e => Join(e.Title, e.Organisation, e.Unit, Year(e.FromYear), Year(e.ToYear)))),
        Publications = Lines(input.Publications.Select(e => Join(e.Title, e.Venue, Year(e.Year), e.Doi))),
        Tasks = Lines(input.Tasks.Select(e => Join(e.Title, Levels.First(l => l.Value == e.Level).Key, Roles.First(r => r.Value == e.Role).Key, Year(e.FromYear), Year(e.ToYear)))),
        Patents = Lines(input.Patents.Select(e => Join(e.Title, e.Number, Year(e.Year)))),
        Transfers = Lines(input.Transfers.Select(e => Join(e.Title, e.Recipient, Year(e.Year)))),
        Awards = Lines(input.Awards.Select(e => Join(e.Title, Year(e.Year)))),
    };

    /// <summary>Fills the input's collections; returns the lines it could not read (field, message).</summary>
    public IReadOnlyList<ExpertProblem> ApplyTo(ExpertInput input)
    {
        var problems = new List<ExpertProblem>();
        input.Education = Parse(Education, nameof(Education), "Đào tạo", problems, p => Enum.TryParse<ExpertDegree>(p[0], true, out var d) && !int.TryParse(p[0], out _)
            ? new ExpertEducation { Degree = d, Major = At(p, 1) ?? "", Institution = At(p, 2) ?? "", Year = YearAt(p, 3) } : null);
        input.Positions = Parse(Positions, nameof(Positions), "Công tác", problems, p => new ExpertPosition { Title = p[0], Organisation = At(p, 1) ?? "", Unit = At(p, 2), FromYear = YearAt(p, 3), ToYear = YearAt(p, 4) });
        input.Publications = Parse(Publications, nameof(Publications), "Công bố", problems, p => new ExpertPublication { Title = p[0], Venue = At(p, 1), Year = YearAt(p, 2), Doi = At(p, 3) });
        input.Tasks = Parse(Tasks, nameof(Tasks), "Nhiệm vụ", problems, p => Levels.TryGetValue(At(p, 1) ?? "", out var level) && Roles.TryGetValue(At(p, 2) ?? "", out var role)
            ? new ExpertTask { Title = p[0], Level = level, Role = role, FromYear = YearAt(p, 3), ToYear = YearAt(p, 4) } : null);
        input.Patents = Parse(Patents, nameof(Patents), "Sáng chế", problems, p => new ExpertPatent { Title = p[0], Number = At(p, 1), Year = YearAt(p, 2) });
        input.Transfers = Parse(Transfers, nameof(Transfers), "Chuyển giao", problems, p => new ExpertTransfer { Title = p[0], Recipient = At(p, 1), Year = YearAt(p, 2) });
        input.Awards = Parse(Awards, nameof(Awards), "Giải thưởng", problems, p => new ExpertAward { Title = p[0], Year = YearAt(p, 1) });
        return problems;
    }

    public static readonly IReadOnlyDictionary<string, TaskLevel> Levels = new Dictionary<string, TaskLevel>(StringComparer.OrdinalIgnoreCase)
    {
        ["quốc gia"] = TaskLevel.National, ["bộ"] = TaskLevel.Ministerial, ["tỉnh"] = TaskLevel.Provincial, ["cơ sở"] = TaskLevel.Grassroots,
    };

    public static readonly IReadOnlyDictionary<string, TaskRole> Roles = new Dictionary<string, TaskRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["chủ nhiệm"] = TaskRole.Lead, ["thư ký"] = TaskRole.Secretary, ["thành viên"] = TaskRole.Member,
    };

    private static List<T> Parse<T>(string? text, string field, string name, List<ExpertProblem> problems, Func<string[], T?> read) where T : class
    {
        var items = new List<T>();
        if (string.IsNullOrWhiteSpace(text))
            return items;
        if (text.Length > MaxText)
        {
            problems.Add(new(field, $"{name}: nội dung quá dài."));
            return items;
        }
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length && i <= ExpertRules.MaxPublications; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            var item = read(parts);
            if (item is null || parts.Where((p, index) => IsYearSlot(typeof(T), index) && p.Length > 0 && !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).Any())
                problems.Add(new(field, $"{name}, dòng {i + 1}: không đọc được „{Cut(lines[i])}”."));
            else
                items.Add(item);
        }
        return items;
    }

    /// <summary>The parts that hold a year, per kind of line.</summary>
    private static bool IsYearSlot(Type type, int index) => (type.Name, index) switch
    {
        (nameof(ExpertEducation), 3) or (nameof(ExpertPosition), 3 or 4) or (nameof(ExpertPublication), 2) or (nameof(ExpertTask), 3 or 4)
            or (nameof(ExpertPatent), 2) or (nameof(ExpertTransfer), 2) or (nameof(ExpertAward), 1) => true,
        _ => false,
    };

    private static string? At(string[] parts, int index) => index < parts.Length && parts[index].Length > 0 ? parts[index] : null;

    private static int? YearAt(string[] parts, int index) =>
        At(parts, index) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string Cut(string line) => line.Length <= 60 ? line : line[..60] + "…";
    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);
    private static string Join(params string?[] parts) => string.Join(" | ", parts.Select(p => p ?? "")).TrimEnd(' ', '|');
    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);
}
