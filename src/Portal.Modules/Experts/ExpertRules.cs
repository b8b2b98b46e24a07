using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Experts;

public sealed record ExpertProblem(string Field, string Message);

/// <summary>Every check of an expert profile, with its bounds and Vietnamese messages: the form, the recipe and tests all come here.</summary>
public sealed partial class ExpertRules(PortalDbContext db, TimeProvider clock)
{
    public const int SlugLength = 100;
    public const int NameLength = 150;
    public const int BioLength = 4_000;
    public const int OrganisationLength = 120;
    public const int ItemText = 300;
    public const int MaxItems = 30;
    public const int MaxPublications = 100;

    /// <summary>Pages under /chuyen-gia/ whose address a profile would hide (or be hidden by).</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "goi-y", "tu-van", "yeu-cau-du-lieu" };

    public async Task<IReadOnlyList<ExpertProblem>> CheckAsync(ExpertInput input, int? profileId, CancellationToken ct)
    {
        input.Normalize();
        var problems = new List<ExpertProblem>();
        void Add(string field, string message) => problems.Add(new(field, message));
        void Need(string field, string? value, string message) { if (string.IsNullOrWhiteSpace(value)) Add(field, message); }
        void Max(string field, string? value, int max, string name) { if (value?.Trim().Length > max) Add(field, $"{name} dài tối đa {max:#,0} ký tự."); }
        var thisYear = clock.GetUtcNow().Year;
        bool BadYear(int? year) => year is { } y && (y < 1940 || y > thisYear + 1);

        Need(nameof(input.FullName), input.FullName, "Vui lòng nhập họ và tên.");
        Need(nameof(input.PrimaryField), input.PrimaryField, "Vui lòng chọn lĩnh vực chính.");
        Need(nameof(input.Bio), input.Bio, "Vui lòng nhập phần giới thiệu.");
        Need(nameof(input.OrganisationName), input.OrganisationName, "Vui lòng nhập cơ quan công tác.");
        Need(nameof(input.ProvinceCode), input.ProvinceCode, "Vui lòng chọn tỉnh, thành phố.");
        Max(nameof(input.FullName), input.FullName, NameLength, "Họ và tên");
        Max(nameof(input.Bio), input.Bio, BioLength, "Phần giới thiệu");
        Max(nameof(input.BioEn), input.BioEn, BioLength, "Phần giới thiệu tiếng Anh");
        Max(nameof(input.Keywords), input.Keywords, 500, "Từ khóa");
        Max(nameof(input.OrganisationName), input.OrganisationName, OrganisationLength, "Tên cơ quan");
        Max(nameof(input.Unit), input.Unit, OrganisationLength, "Tên đơn vị");
        Max(nameof(input.Address), input.Address, 300, "Địa chỉ");
        if (input.Slug is { Length: > 0 } slug && (slug.Trim().Length > SlugLength || !VietnameseText.IsValidSlug(slug.Trim())))
            Add(nameof(input.Slug), "Địa chỉ trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang (tối đa 100 ký tự).");
        else if (input.Slug is { Length: > 0 } taken && Reserved.Contains(taken.Trim()))
            Add(nameof(input.Slug), $"Địa chỉ trang „{taken.Trim()}” là địa chỉ của một trang khác trong cơ sở dữ liệu chuyên gia.");
        if (!Enum.IsDefined(input.Degree))
            Add(nameof(input.Degree), "Học vị không hợp lệ.");
        if (!Enum.IsDefined(input.Title))
            Add(nameof(input.Title), "Chức danh không hợp lệ.");
        if (input.Title != AcademicTitle.None && input.TitleYear is null || BadYear(input.TitleYear))
            Add(nameof(input.TitleYear), "Vui lòng nhập năm được công nhận chức danh (từ 1940 đến nay).");
        if (input.SecondaryFields.Count > 5)
            Add(nameof(input.SecondaryFields), "Chọn tối đa 5 lĩnh vực khác.");
        var keywords = SplitList(input.Keywords);
        if (keywords.Count > 20 || keywords.Any(k => k.Length > 60))
            Add(nameof(input.Keywords), "Tối đa 20 từ khóa, mỗi từ khóa tối đa 60 ký tự.");
        if (input.Services.Any(s => !ExpertCodes.Services.ContainsKey(s)))
            Add(nameof(input.Services), "Dịch vụ không hợp lệ.");
        if (input.Languages.Any(l => !ExpertCodes.Languages.ContainsKey(l)))
            Add(nameof(input.Languages), "Ngoại ngữ không hợp lệ.");
        if (input.Orcid is { Length: > 0 } orcid && !IsValidOrcid(orcid.Trim()))
            Add(nameof(input.Orcid), "Mã ORCID không hợp lệ (dạng 0000-0002-1825-0097, kiểm tra lại chữ số cuối).");
        if (input.Email is { Length: > 0 } email && (email.Trim().Length > 254 || !new EmailAddressAttribute().IsValid(email.Trim())))
            Add(nameof(input.Email), "Địa chỉ thư không hợp lệ.");
        foreach (var (field, phone) in new[] { (nameof(input.Phone), input.Phone), (nameof(input.OrganisationPhone), input.OrganisationPhone) })
            if (phone is { Length: > 0 } && !PhonePattern().IsMatch(phone.Trim()))
                Add(field, "Số điện thoại không hợp lệ (chỉ gồm số, dấu cách, dấu chấm, gạch ngang, ngoặc và dấu +; tối đa 30 ký tự).");
        foreach (var (field, visibility) in new[] { (nameof(input.EmailVisibility), input.EmailVisibility), (nameof(input.PhoneVisibility), input.PhoneVisibility),
            (nameof(input.AddressVisibility), input.AddressVisibility), (nameof(input.OrganisationPhoneVisibility), input.OrganisationPhoneVisibility) })
            if (!Enum.IsDefined(visibility))
                Add(field, "Chế độ hiển thị không hợp lệ.");

        void Items<T>(string field, string name, List<T> items, int max, Func<T, IEnumerable<string?>> texts, Func<T, IEnumerable<int?>> years, Func<T, string?>? extra = null)
        {
            if (items.Count > max)
                Add(field, $"{name}: tối đa {max} mục.");
            for (var i = 0; i < items.Count && i < max; i++)
            {
                var item = items[i];
                var all = texts(item).ToList();
                if (string.IsNullOrWhiteSpace(all[0]))
                    Add($"{field}[{i}]", $"{name} thứ {i + 1}: vui lòng nhập tên.");
                if (all.Any(t => t?.Length > ItemText))
                    Add($"{field}[{i}]", $"{name} thứ {i + 1}: mỗi mục dài tối đa {ItemText} ký tự.");
                if (years(item).Any(BadYear))
                    Add($"{field}[{i}]", $"{name} thứ {i + 1}: năm không hợp lệ.");
                if (extra?.Invoke(item) is { } message)
                    Add($"{field}[{i}]", $"{name} thứ {i + 1}: {message}");
            }
        }
        Items(nameof(input.Education), "Quá trình đào tạo", input.Education, MaxItems, e => [e.Major, e.Institution], e => [e.Year],
            e => Enum.IsDefined(e.Degree) ? null : "bậc đào tạo không hợp lệ.");
        Items(nameof(input.Positions), "Quá trình công tác", input.Positions, MaxItems, e => [e.Title, e.Organisation, e.Unit], e => [e.FromYear, e.ToYear],
            e => string.IsNullOrWhiteSpace(e.Organisation) ? "vui lòng nhập cơ quan." : e.FromYear > e.ToYear ? "năm bắt đầu sau năm kết thúc." : null);
        Items(nameof(input.Publications), "Công trình công bố", input.Publications, MaxPublications, e => [e.Title, e.Venue], e => [e.Year],
            e => e.Doi is { } doi && (doi.Length > 200 || !DoiPattern().IsMatch(doi)) ? "mã DOI không hợp lệ (dạng 10.1234/abc)." : null);
        Items(nameof(input.Tasks), "Nhiệm vụ KH&CN", input.Tasks, MaxItems, e => [e.Title], e => [e.FromYear, e.ToYear],
            e => !Enum.IsDefined(e.Level) || !Enum.IsDefined(e.Role) ? "cấp hoặc vai trò không hợp lệ." : e.FromYear > e.ToYear ? "năm bắt đầu sau năm kết thúc." : null);
        Items(nameof(input.Patents), "Bằng sáng chế", input.Patents, MaxItems, e => [e.Title, e.Number], e => [e.Year]);
        Items(nameof(input.Transfers), "Công nghệ đã chuyển giao", input.Transfers, MaxItems, e => [e.Title, e.Recipient], e => [e.Year]);
        Items(nameof(input.Awards), "Giải thưởng", input.Awards, MaxItems, e => [e.Title], e => [e.Year]);

        if (problems.Count > 0)
            return problems;
        await CheckCodesAsync(SharedTaxonomies.StFields, [input.PrimaryField, .. input.SecondaryFields], nameof(input.PrimaryField), "Lĩnh vực", problems, ct);
        await CheckCodesAsync(SharedTaxonomies.Provinces, [input.ProvinceCode], nameof(input.ProvinceCode), "Tỉnh, thành phố", problems, ct);
        if (input.Slug is { Length: > 0 } wanted && await db.Set<ExpertProfile>().AnyAsync(p => p.Slug == wanted.Trim() && p.Id != (profileId ?? 0), ct))
            Add(nameof(input.Slug), "Địa chỉ trang này đã có chuyên gia khác dùng.");
        return problems;
    }

    private async Task CheckCodesAsync(string taxonomy, IReadOnlyCollection<string> codes, string field, string name, List<ExpertProblem> problems, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Any(c => c.Length > 20))
        {
            problems.Add(new(field, $"{name}: mã không hợp lệ."));
            return;
        }
        var known = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy && wanted.Contains(t.Slug)).Select(t => t.Slug).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
            problems.Add(new(field, $"{name}: không có mã {string.Join(", ", unknown)} trong danh mục."));
    }

    /// <summary>0000-0002-1825-0097: four groups of four, the last character the ISO 7064 MOD 11-2 check digit (0–9 or X).</summary>
    public static bool IsValidOrcid(string orcid)
    {
        if (!OrcidPattern().IsMatch(orcid))
            return false;
        var digits = orcid.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        var total = 0;
        foreach (var c in digits[..15])
            total = (total + (c - '0')) * 2;
        var check = (12 - total % 11) % 11;
        return digits[15] == (check == 10 ? 'X' : (char)('0' + check));
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx]$")]
    private static partial Regex OrcidPattern();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^[0-9+][0-9 .()\-]{5,29}$")]
    private static partial Regex PhonePattern();
}
