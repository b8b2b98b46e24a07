using System.ComponentModel.DataAnnotations;

namespace Portal.Modules.Experts;

/// <summary>
/// What staff (or a recipe) enter for an expert. The same input goes through <see cref="ExpertRules"/> whatever
/// the path, so no path can store what another would refuse.
/// </summary>
public sealed class ExpertInput
{
    [Display(Name = "Địa chỉ trang (slug)")] public string? Slug { get; set; }
    [Display(Name = "Họ và tên")] public string FullName { get; set; } = "";
    [Display(Name = "Học vị")] public ExpertDegree Degree { get; set; }
    [Display(Name = "Chức danh")] public AcademicTitle Title { get; set; }
    [Display(Name = "Năm được công nhận chức danh")] public int? TitleYear { get; set; }
    [Display(Name = "Lĩnh vực chính")] public string PrimaryField { get; set; } = "";
    [Display(Name = "Lĩnh vực khác")] public List<string> SecondaryFields { get; set; } = [];
    [Display(Name = "Từ khóa chuyên môn")] public string? Keywords { get; set; }
    [Display(Name = "Giới thiệu")] public string Bio { get; set; } = "";
    [Display(Name = "Giới thiệu (tiếng Anh)")] public string? BioEn { get; set; }
    [Display(Name = "Dịch vụ nhận thực hiện")] public List<string> Services { get; set; } = [];
    [Display(Name = "Ngoại ngữ")] public List<string> Languages { get; set; } = [];
    [Display(Name = "Nhận tư vấn")] public bool OpenToConsulting { get; set; }
    [Display(Name = "Tham gia hội đồng")] public bool OpenToCouncils { get; set; }
    [Display(Name = "Trả lời báo chí")] public bool OpenToMedia { get; set; }
    [Display(Name = "Doanh nghiệp có thể liên hệ")] public bool OpenToCompanies { get; set; }
    [Display(Name = "ORCID")] public string? Orcid { get; set; }
    [Display(Name = "Cơ quan công tác")] public string OrganisationName { get; set; } = "";
    [Display(Name = "Đơn vị")] public string? Unit { get; set; }
    [Display(Name = "Tỉnh, thành phố")] public string ProvinceCode { get; set; } = "";

    [Display(Name = "Thư điện tử")] public string? Email { get; set; }
    public ContactVisibility EmailVisibility { get; set; }
    [Display(Name = "Điện thoại")] public string? Phone { get; set; }
    public ContactVisibility PhoneVisibility { get; set; }
    [Display(Name = "Địa chỉ liên hệ")] public string? Address { get; set; }
    public ContactVisibility AddressVisibility { get; set; }
    [Display(Name = "Điện thoại cơ quan")] public string? OrganisationPhone { get; set; }
    public ContactVisibility OrganisationPhoneVisibility { get; set; }

    public List<ExpertEducation> Education { get; set; } = [];
    public List<ExpertPosition> Positions { get; set; } = [];
    public List<ExpertPublication> Publications { get; set; } = [];
    public List<ExpertTask> Tasks { get; set; } = [];
    public List<ExpertPatent> Patents { get; set; } = [];
    public List<ExpertTransfer> Transfers { get; set; } = [];
    public List<ExpertAward> Awards { get; set; } = [];

    public static ExpertInput From(ExpertProfile p) => new()
    {
        Slug = p.Slug, FullName = p.FullName, Degree = p.Degree, Title = p.Title, TitleYear = p.TitleYear, PrimaryField = p.PrimaryField,
        SecondaryFields = [.. p.SecondaryFieldList], Keywords = string.Join("; ", p.KeywordList), Bio = p.Bio, BioEn = p.BioEn,
        Services = [.. p.ServiceList], Languages = [.. p.LanguageList], OpenToConsulting = p.OpenToConsulting, OpenToCouncils = p.OpenToCouncils,
        OpenToMedia = p.OpenToMedia, OpenToCompanies = p.OpenToCompanies, Orcid = p.Orcid, OrganisationName = p.OrganisationName, Unit = p.Unit,
        ProvinceCode = p.ProvinceCode, Email = p.Email, EmailVisibility = p.EmailVisibility, Phone = p.Phone, PhoneVisibility = p.PhoneVisibility,
        Address = p.Address, AddressVisibility = p.AddressVisibility, OrganisationPhone = p.OrganisationPhone, OrganisationPhoneVisibility = p.OrganisationPhoneVisibility,
        Education = [.. p.Education], Positions = [.. p.Positions], Publications = [.. p.Publications], Tasks = [.. p.Tasks],
        Patents = [.. p.Patents], Transfers = [.. p.Transfers], Awards = [.. p.Awards],
    };

    /// <summary>Copies the checked input onto the profile (texts trimmed, lists de-duplicated); the slug is the workflow's.</summary>
    public void ApplyTo(ExpertProfile p)
    {
        p.FullName = FullName.Trim();
        p.Degree = Degree;
        p.Title = Title;
        p.TitleYear = Title == AcademicTitle.None ? null : TitleYear;
        p.PrimaryField = PrimaryField.Trim();
        p.SecondaryFields = ExpertProfile.Join(SecondaryFields.Where(f => f.Trim() != PrimaryField.Trim()));
        p.Keywords = ExpertProfile.Join(ExpertRules.SplitList(Keywords));
        p.Bio = Bio.Trim();
        p.BioEn = Blank(BioEn);
        p.Services = ExpertProfile.Join(Services);
        p.Languages = ExpertProfile.Join(Languages);
        (p.OpenToConsulting, p.OpenToCouncils, p.OpenToMedia, p.OpenToCompanies) = (OpenToConsulting, OpenToCouncils, OpenToMedia, OpenToCompanies);
        p.Orcid = Blank(Orcid)?.ToUpperInvariant();
        p.OrganisationName = OrganisationName.Trim();
        p.Unit = Blank(Unit);
        p.ProvinceCode = ProvinceCode.Trim();
        (p.Email, p.EmailVisibility) = (Blank(Email), EmailVisibility);
        (p.Phone, p.PhoneVisibility) = (Blank(Phone), PhoneVisibility);
        (p.Address, p.AddressVisibility) = (Blank(Address), AddressVisibility);
        (p.OrganisationPhone, p.OrganisationPhoneVisibility) = (Blank(OrganisationPhone), OrganisationPhoneVisibility);
        p.Education = [.. Education];
        p.Positions = [.. Positions];
        p.Publications = [.. Publications];
        p.Tasks = [.. Tasks];
        p.Patents = [.. Patents];
        p.Transfers = [.. Transfers];
        p.Awards = [.. Awards];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Model binding and JSON turn empty fields into null: required texts become "", lists lose their blanks, items are trimmed.</summary>
    public void Normalize()
    {
        (FullName, PrimaryField, Bio, OrganisationName, ProvinceCode) = (FullName ?? "", PrimaryField ?? "", Bio ?? "", OrganisationName ?? "", ProvinceCode ?? "");
        static List<string> Clean(List<string>? values) => (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
        (SecondaryFields, Services, Languages) = (Clean(SecondaryFields), Clean(Services), Clean(Languages));
        Education = (Education ?? []).Where(e => e is not null).ToList();
        Positions = (Positions ?? []).Where(e => e is not null).ToList();
        Publications = (Publications ?? []).Where(e => e is not null).ToList();
        Tasks = (Tasks ?? []).Where(e => e is not null).ToList();
        Patents = (Patents ?? []).Where(e => e is not null).ToList();
        Transfers = (Transfers ?? []).Where(e => e is not null).ToList();
        Awards = (Awards ?? []).Where(e => e is not null).ToList();
        foreach (var e in Education) (e.Major, e.Institution) = ((e.Major ?? "").Trim(), (e.Institution ?? "").Trim());
        foreach (var e in Positions) (e.Organisation, e.Unit, e.Title) = ((e.Organisation ?? "").Trim(), Blank(e.Unit), (e.Title ?? "").Trim());
        foreach (var e in Publications) (e.Title, e.Venue, e.Doi) = ((e.Title ?? "").Trim(), Blank(e.Venue), Blank(e.Doi));
        foreach (var e in Tasks) e.Title = (e.Title ?? "").Trim();
        foreach (var e in Patents) (e.Title, e.Number) = ((e.Title ?? "").Trim(), Blank(e.Number));
        foreach (var e in Transfers) (e.Title, e.Recipient) = ((e.Title ?? "").Trim(), Blank(e.Recipient));
        foreach (var e in Awards) e.Title = (e.Title ?? "").Trim();
    }
}
