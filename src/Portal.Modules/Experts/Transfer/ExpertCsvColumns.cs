using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Modules.Experts.Admin;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Experts.Transfer;

/// <summary>
/// One column of the expert list a department keeps in a spreadsheet: its Vietnamese header (what the export writes),
/// the short key also accepted on import, the input field its problems belong to, how a profile is written into it
/// and how a cell is read back.
/// </summary>
public sealed partial record ExpertCsvColumn(string Key, string Header, string? Field, Func<ExpertCsvSource, string?> Write, Action<ExpertCsvRow, string> Read)
{
    /// <summary>Headers are matched without marks, case or punctuation: "Họ và tên", "ho va ten", "HO_VA_TEN" and the key "ho_ten" all name one column.</summary>
    public static string Normalise(string header) =>
        string.Join('_', NonWord().Split(VietnameseText.Fold(header.Trim().TrimStart('\uFEFF'))).Where(w => w.Length > 0));

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

/// <summary>A profile with the latest line of each consent purpose, as the export writes it.</summary>
public sealed record ExpertCsvSource(ExpertProfile Profile, IReadOnlyDictionary<string, ExpertConsent> Consents);

/// <summary>What one data row of the file says, before the rules check it.</summary>
public sealed class ExpertCsvRow
{
    public required int Line { get; init; }
    public ExpertInput Input { get; } = new();
    public ExpertForm Lines { get; } = new();
    public ExpertStatus? Status { get; set; }
    /// <summary>Purpose → granted, for the consent cells that were filled in.</summary>
    public Dictionary<string, bool> Consents { get; } = new(StringComparer.Ordinal);
    public string? ConsentVersion { get; set; }
    public List<(string Column, string Message)> Problems { get; } = [];
    /// <summary>The column being read, so a problem names it.</summary>
    internal string CurrentColumn { get; set; } = "";

    internal void Problem(string message) => Problems.Add((CurrentColumn, message));
}

public static class ExpertCsvColumns
{
    private static readonly string[] Yes = ["co", "x", "1", "yes", "true", "dong y"];
    private static readonly string[] No = ["khong", "0", "no", "false", "khong dong y"];

    public static readonly IReadOnlyList<ExpertCsvColumn> All =
    [
        new("ma", "Mã hồ sơ", nameof(ExpertInput.Slug), s => s.Profile.Slug, (r, v) => r.Input.Slug = Blank(v)),
        new("ho_ten", "Họ và tên", nameof(ExpertInput.FullName), s => s.Profile.FullName, (r, v) => r.Input.FullName = v),
        new("hoc_vi", "Học vị", nameof(ExpertInput.Degree), s => Code(s.Profile.Degree), (r, v) => r.Input.Degree = Degree(r, v)),
        new("chuc_danh", "Chức danh", nameof(ExpertInput.Title), s => s.Profile.Title == AcademicTitle.None ? null : s.Profile.Title.ToString(), (r, v) => r.Input.Title = Title(r, v)),
        new("nam_chuc_danh", "Năm công nhận chức danh", nameof(ExpertInput.TitleYear), s => Number(s.Profile.TitleYear), (r, v) => r.Input.TitleYear = Year(r, v)),
        new("linh_vuc_chinh", "Lĩnh vực chính", nameof(ExpertInput.PrimaryField), s => s.Profile.PrimaryField, (r, v) => r.Input.PrimaryField = v),
        new("linh_vuc_khac", "Lĩnh vực khác", nameof(ExpertInput.SecondaryFields), s => List(s.Profile.SecondaryFieldList), (r, v) => r.Input.SecondaryFields = [.. ExpertRules.SplitList(v)]),
        new("tu_khoa", "Từ khóa", nameof(ExpertInput.Keywords), s => List(s.Profile.KeywordList), (r, v) => r.Input.Keywords = v),
        new("gioi_thieu", "Giới thiệu", nameof(ExpertInput.Bio), s => s.Profile.Bio, (r, v) => r.Input.Bio = v),
        new("gioi_thieu_tieng_anh", "Giới thiệu tiếng Anh", nameof(ExpertInput.BioEn), s => s.Profile.BioEn, (r, v) => r.Input.BioEn = Blank(v)),
        new("dich_vu", "Dịch vụ", nameof(ExpertInput.Services), s => List(s.Profile.ServiceList), (r, v) => r.Input.Services = Codes(r, v, ExpertCodes.Services, "dịch vụ")),
        new("ngoai_ngu", "Ngoại ngữ", nameof(ExpertInput.Languages), s => List(s.Profile.LanguageList), (r, v) => r.Input.Languages = Codes(r, v, ExpertCodes.Languages, "ngoại ngữ")),
        new("nhan_tu_van", "Nhận tư vấn", nameof(ExpertInput.OpenToConsulting), s => Flag(s.Profile.OpenToConsulting), (r, v) => r.Input.OpenToConsulting = Bool(r, v) ?? false),
        new("tham_gia_hoi_dong", "Tham gia hội đồng", nameof(ExpertInput.OpenToCouncils), s => Flag(s.Profile.OpenToCouncils), (r, v) => r.Input.OpenToCouncils = Bool(r, v) ?? false),
        new("tra_loi_bao_chi", "Trả lời báo chí", nameof(ExpertInput.OpenToMedia), s => Flag(s.Profile.OpenToMedia), (r, v) => r.Input.OpenToMedia = Bool(r, v) ?? false),
        new("doanh_nghiep_lien_he", "Doanh nghiệp liên hệ", nameof(ExpertInput.OpenToCompanies), s => Flag(s.Profile.OpenToCompanies), (r, v) => r.Input.OpenToCompanies = Bool(r, v) ?? false),
        new("orcid", "ORCID", nameof(ExpertInput.Orcid), s => s.Profile.Orcid, (r, v) => r.Input.Orcid = Blank(v)),
        new("co_quan", "Cơ quan công tác", nameof(ExpertInput.OrganisationName), s => s.Profile.OrganisationName, (r, v) => r.Input.OrganisationName = v),
        new("don_vi", "Đơn vị", nameof(ExpertInput.Unit), s => s.Profile.Unit, (r, v) => r.Input.Unit = Blank(v)),
        new("tinh", "Tỉnh, thành phố", nameof(ExpertInput.ProvinceCode), s => s.Profile.ProvinceCode, (r, v) => r.Input.ProvinceCode = v),
        new("email", "Thư điện tử", nameof(ExpertInput.Email), s => s.Profile.Email, (r, v) => r.Input.Email = Blank(v)),
        new("email_hien_thi", "Hiển thị thư điện tử", nameof(ExpertInput.EmailVisibility), s => Visibility(s.Profile.EmailVisibility), (r, v) => r.Input.EmailVisibility = Visibility(r, v)),
        new("dien_thoai", "Điện thoại", nameof(ExpertInput.Phone), s => s.Profile.Phone, (r, v) => r.Input.Phone = Blank(v)),
        new("dien_thoai_hien_thi", "Hiển thị điện thoại", nameof(ExpertInput.PhoneVisibility), s => Visibility(s.Profile.PhoneVisibility), (r, v) => r.Input.PhoneVisibility = Visibility(r, v)),
        new("dia_chi", "Địa chỉ liên hệ", nameof(ExpertInput.Address), s => s.Profile.Address, (r, v) => r.Input.Address = Blank(v)),
        new("dia_chi_hien_thi", "Hiển thị địa chỉ", nameof(ExpertInput.AddressVisibility), s => Visibility(s.Profile.AddressVisibility), (r, v) => r.Input.AddressVisibility = Visibility(r, v)),
        new("dien_thoai_co_quan", "Điện thoại cơ quan", nameof(ExpertInput.OrganisationPhone), s => s.Profile.OrganisationPhone, (r, v) => r.Input.OrganisationPhone = Blank(v)),
        new("dien_thoai_co_quan_hien_thi", "Hiển thị điện thoại cơ quan", nameof(ExpertInput.OrganisationPhoneVisibility), s => Visibility(s.Profile.OrganisationPhoneVisibility), (r, v) => r.Input.OrganisationPhoneVisibility = Visibility(r, v)),
        new("dao_tao", "Quá trình đào tạo", nameof(ExpertInput.Education), s => ExpertForm.From(ExpertInput.From(s.Profile)).Education, (r, v) => r.Lines.Education = v),
        new("cong_tac", "Quá trình công tác", nameof(ExpertInput.Positions), s => ExpertForm.From(ExpertInput.From(s.Profile)).Positions, (r, v) => r.Lines.Positions = v),
        new("cong_bo", "Công trình công bố", nameof(ExpertInput.Publications), s => ExpertForm.From(ExpertInput.From(s.Profile)).Publications, (r, v) => r.Lines.Publications = v),
        new("nhiem_vu", "Nhiệm vụ KH&CN", nameof(ExpertInput.Tasks), s => ExpertForm.From(ExpertInput.From(s.Profile)).Tasks, (r, v) => r.Lines.Tasks = v),
        new("sang_che", "Bằng sáng chế", nameof(ExpertInput.Patents), s => ExpertForm.From(ExpertInput.From(s.Profile)).Patents, (r, v) => r.Lines.Patents = v),
        new("chuyen_giao", "Công nghệ đã chuyển giao", nameof(ExpertInput.Transfers), s => ExpertForm.From(ExpertInput.From(s.Profile)).Transfers, (r, v) => r.Lines.Transfers = v),
        new("giai_thuong", "Giải thưởng", nameof(ExpertInput.Awards), s => ExpertForm.From(ExpertInput.From(s.Profile)).Awards, (r, v) => r.Lines.Awards = v),
        new("trang_thai", "Trạng thái", null, s => StatusWord(s.Profile.Status), (r, v) => r.Status = Status(r, v)),
        .. ConsentPurposes.All.Select(purpose => new ExpertCsvColumn(ConsentKey(purpose), "Đồng ý: " + ConsentPurposes.Name(purpose), null,
            s => s.Consents.TryGetValue(purpose, out var line) ? Flag(line.Granted) : null,
            (r, v) => { if (Bool(r, v) is { } granted) r.Consents[purpose] = granted; })),
        new("phien_ban_dong_y", "Phiên bản văn bản đồng ý", null,
            s => s.Consents.Values.OrderByDescending(c => c.Id).FirstOrDefault()?.TextVersion, (r, v) => r.ConsentVersion = Blank(v)),
    ];

    public static readonly IReadOnlyList<string> Required = ["ho_ten", "linh_vuc_chinh", "gioi_thieu", "co_quan", "tinh"];

    /// <summary>Normalised header or key → column.</summary>
    public static readonly IReadOnlyDictionary<string, ExpertCsvColumn> ByName = All
        .SelectMany(c => new[] { (Name: c.Key, Column: c), (Name: ExpertCsvColumn.Normalise(c.Header), Column: c) })
        .DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Column);

    /// <summary>The column whose cell a rule's problem is about ("Publications[2]" → "Công trình công bố").</summary>
    public static string HeaderOf(string field)
    {
        var name = field.Split('[', '.')[0];
        return All.FirstOrDefault(c => c.Field == name)?.Header ?? name;
    }

    private static string ConsentKey(string purpose) => "dong_y_" + purpose.Replace('-', '_');

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    private static string Folded(string value) => VietnameseText.Fold(value.Trim()).Replace('.', ' ').Trim();
    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
    private static string Flag(bool value) => value ? "có" : "không";
    private static string? List(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);
    private static string? Code(ExpertDegree degree) => degree == ExpertDegree.None ? null : degree.ToString();

    private static bool? Bool(ExpertCsvRow row, string value)
    {
        var folded = Folded(value);
        if (folded.Length == 0)
            return null;
        if (Yes.Contains(folded))
            return true;
        if (No.Contains(folded))
            return false;
        row.Problem($"ghi „có” hoặc „không” (đang là „{Cut(value)}”).");
        return null;
    }

    private static ExpertDegree Degree(ExpertCsvRow row, string value) => Folded(value) switch
    {
        "" => ExpertDegree.None,
        "cn" or "cu nhan" => ExpertDegree.CN,
        "ks" or "ky su" => ExpertDegree.KS,
        "ths" or "thac si" or "thac sy" => ExpertDegree.ThS,
        "ts" or "tien si" or "tien sy" => ExpertDegree.TS,
        "tskh" or "tien si khoa hoc" => ExpertDegree.TSKH,
        _ => Refuse(row, value, ExpertDegree.None, "CN, KS, ThS, TS hoặc TSKH"),
    };

    private static AcademicTitle Title(ExpertCsvRow row, string value) => Folded(value) switch
    {
        "" or "khong" => AcademicTitle.None,
        "pgs" or "pho giao su" => AcademicTitle.PGS,
        "gs" or "giao su" => AcademicTitle.GS,
        _ => Refuse(row, value, AcademicTitle.None, "PGS hoặc GS"),
    };

    private static ContactVisibility Visibility(ExpertCsvRow row, string value) => Folded(value) switch
    {
        "" or "qua bieu mau" or "bieu mau" => ContactVisibility.FormOnly,
        "cong khai" => ContactVisibility.Public,
        "thanh vien" => ContactVisibility.MembersOnly,
        "can bo" => ContactVisibility.StaffOnly,
        "an" => ContactVisibility.Hidden,
        _ => Refuse(row, value, ContactVisibility.FormOnly, "công khai, thành viên, cán bộ, ẩn hoặc qua biểu mẫu"),
    };

    private static string Visibility(ContactVisibility visibility) => visibility switch
    {
        ContactVisibility.Public => "công khai", ContactVisibility.MembersOnly => "thành viên", ContactVisibility.StaffOnly => "cán bộ",
        ContactVisibility.Hidden => "ẩn", _ => "qua biểu mẫu",
    };

    private static ExpertStatus? Status(ExpertCsvRow row, string value) => Folded(value) switch
    {
        "" => null,
        "nhap" or "ban nhap" => ExpertStatus.Draft,
        "hien thi" or "dang hien thi" or "cong khai" => ExpertStatus.Published,
        "an" or "da an" => ExpertStatus.Hidden,
        _ => Refuse(row, value, (ExpertStatus?)null, "nháp, hiển thị hoặc ẩn"),
    };

    private static string StatusWord(ExpertStatus status) => status switch
    {
        ExpertStatus.Published => "hiển thị", ExpertStatus.Hidden => "ẩn", _ => "nháp",
    };

    private static int? Year(ExpertCsvRow row, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year < 10_000)
            return year;
        row.Problem($"năm phải là số (đang là „{Cut(value)}”).");
        return null;
    }

    /// <summary>Codes or their Vietnamese names ("en" or "Tiếng Anh"), separated by ";" or ",".</summary>
    private static List<string> Codes(ExpertCsvRow row, string value, IReadOnlyDictionary<string, string> codes, string name)
    {
        var result = new List<string>();
        foreach (var item in ExpertRules.SplitList(value))
        {
            var code = codes.FirstOrDefault(c => string.Equals(c.Key, item, StringComparison.OrdinalIgnoreCase) || Folded(c.Value) == Folded(item)).Key;
            if (code is null)
                row.Problem($"không có {name} „{Cut(item)}”; ghi một trong: {string.Join(", ", codes.Values)}.");
            else
                result.Add(code);
        }
        return result;
    }

    private static T Refuse<T>(ExpertCsvRow row, string value, T fallback, string allowed)
    {
        row.Problem($"ghi {allowed} (đang là „{Cut(value)}”).");
        return fallback;
    }

    internal static string Cut(string value) => value.Length <= 40 ? value.Trim() : value[..40].Trim() + "…";
}
