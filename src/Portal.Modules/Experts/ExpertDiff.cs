using System.Globalization;
using Portal.Modules.Exchange;
using Portal.Modules.Experts.Admin;

namespace Portal.Modules.Experts;

/// <summary>One field that differs: what goes (Removed) and what comes (Added); a text field has at most one of each.</summary>
public sealed record ExpertChange(string Field, IReadOnlyList<string> Removed, IReadOnlyList<string> Added);

/// <summary>
/// What a proposal changes, field by field, for the moderator: only the fields that differ, texts old against
/// new, collections item by item (the items as the staff form writes them). Both sides are first put in the form
/// the profile stores, so "a;b" against "a; b" is no change.
/// </summary>
public static class ExpertDiff
{
    public static IReadOnlyList<ExpertChange> Compare(ExpertInput before, ExpertInput after, ExchangeReference reference)
    {
        var (old, now) = (Canonical(before), Canonical(after));
        var changes = new List<ExpertChange>();
        foreach (var (field, read) in Fields(reference))
        {
            var (a, b) = (read(old), read(now));
            if (a != b)
                changes.Add(new(field, a.Length == 0 ? [] : [a], b.Length == 0 ? [] : [b]));
        }
        var (oldLines, newLines) = (ExpertForm.From(old), ExpertForm.From(now));
        foreach (var (field, read) in Collections)
        {
            var (a, b) = (Items(read(oldLines)), Items(read(newLines)));
            var removed = Minus(a, b);
            var added = Minus(b, a);
            if (removed.Count + added.Count > 0)
                changes.Add(new(field, removed, added));
        }
        return changes;
    }

    /// <summary>The input as the profile would store it (trimmed, de-duplicated, title year dropped without a title).</summary>
    public static ExpertInput Canonical(ExpertInput input)
    {
        var scratch = new ExpertProfile { Slug = "", FullName = "", PrimaryField = "", OrganisationName = "", ProvinceCode = "" };
        input.ApplyTo(scratch);
        return ExpertInput.From(scratch);
    }

    private static IEnumerable<(string, Func<ExpertInput, string>)> Fields(ExchangeReference r)
    {
        // Code lists are sets (ticked boxes): their order is no change.
        static string Codes(IEnumerable<string> codes, Func<string, string> name) => string.Join("; ", codes.Order(StringComparer.Ordinal).Select(name));
        static string Yes(bool value) => value ? "Có" : "Không";
        static string Contact(string? value, ContactVisibility visibility) =>
            string.IsNullOrEmpty(value) ? "" : $"{value} ({ExpertTexts.VisibilityName(visibility)})";
        return
        [
            ("Họ và tên", i => i.FullName),
            ("Học vị", i => ExpertTexts.DegreeName(i.Degree)),
            ("Chức danh", i => i.Title == AcademicTitle.None ? "" : ExpertTexts.TitleName(i.Title)),
            ("Năm được công nhận chức danh", i => i.TitleYear?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("Lĩnh vực chính", i => i.PrimaryField.Length == 0 ? "" : r.FieldName(i.PrimaryField)),
            ("Lĩnh vực khác", i => Codes(i.SecondaryFields, r.FieldName)),
            ("Từ khóa chuyên môn", i => i.Keywords ?? ""),
            ("Giới thiệu", i => i.Bio),
            ("Giới thiệu (tiếng Anh)", i => i.BioEn ?? ""),
            ("Dịch vụ nhận thực hiện", i => Codes(i.Services, s => ExpertCodes.Services.GetValueOrDefault(s, s))),
            ("Ngoại ngữ", i => Codes(i.Languages, l => ExpertCodes.Languages.GetValueOrDefault(l, l))),
            ("Nhận tư vấn", i => Yes(i.OpenToConsulting)),
            ("Tham gia hội đồng", i => Yes(i.OpenToCouncils)),
            ("Trả lời báo chí", i => Yes(i.OpenToMedia)),
            ("Doanh nghiệp có thể liên hệ", i => Yes(i.OpenToCompanies)),
            ("ORCID", i => i.Orcid ?? ""),
            ("Cơ quan công tác", i => i.OrganisationName),
            ("Đơn vị", i => i.Unit ?? ""),
            ("Tỉnh, thành phố", i => i.ProvinceCode.Length == 0 ? "" : r.ProvinceName(i.ProvinceCode)),
            ("Thư điện tử", i => Contact(i.Email, i.EmailVisibility)),
            ("Điện thoại", i => Contact(i.Phone, i.PhoneVisibility)),
            ("Địa chỉ liên hệ", i => Contact(i.Address, i.AddressVisibility)),
            ("Điện thoại cơ quan", i => Contact(i.OrganisationPhone, i.OrganisationPhoneVisibility)),
        ];
    }

    private static readonly (string, Func<ExpertForm, string?>)[] Collections =
    [
        ("Quá trình đào tạo", f => f.Education),
        ("Quá trình công tác", f => f.Positions),
        ("Công trình công bố", f => f.Publications),
        ("Nhiệm vụ KH&CN", f => f.Tasks),
        ("Bằng sáng chế, giải pháp hữu ích", f => f.Patents),
        ("Công nghệ đã chuyển giao", f => f.Transfers),
        ("Giải thưởng", f => f.Awards),
    ];

    private static List<string> Items(string? lines) =>
        string.IsNullOrEmpty(lines) ? [] : [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The items of <paramref name="a"/> not matched one for one in <paramref name="b"/> (a repeated item counts twice).</summary>
    private static List<string> Minus(List<string> a, List<string> b)
    {
        var left = b.ToList();
        return a.Where(item => !left.Remove(item)).ToList();
    }
}
