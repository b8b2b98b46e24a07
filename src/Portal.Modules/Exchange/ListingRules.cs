using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Taxonomies;

namespace Portal.Modules.Exchange;

/// <summary>
/// What an owner (or staff for them, or a recipe) enters for a listing. The same input goes through the same
/// checks whatever the path, so no path can store what another would refuse.
/// </summary>
public sealed class ListingInput
{
    public ListingKind Kind { get; set; }

    [Display(Name = "Tiêu đề")] public string Title { get; set; } = "";
    [Display(Name = "Tiêu đề (tiếng Anh)")] public string? TitleEn { get; set; }
    [Display(Name = "Tóm tắt")] public string Summary { get; set; } = "";
    [Display(Name = "Tóm tắt (tiếng Anh)")] public string? SummaryEn { get; set; }
    [Display(Name = "Mô tả chi tiết")] public string Description { get; set; } = "";
    [Display(Name = "Mô tả (tiếng Anh)")] public string? DescriptionEn { get; set; }
    [Display(Name = "Ưu điểm so với cách đang dùng")] public string? Advantages { get; set; }
    [Display(Name = "Ứng dụng")] public string? Applications { get; set; }

    [Display(Name = "Lĩnh vực chính")] public string PrimaryField { get; set; } = "";
    [Display(Name = "Lĩnh vực khác")] public List<string> SecondaryFields { get; set; } = [];
    [Display(Name = "Từ khóa")] public string? Keywords { get; set; }
    [Display(Name = "Mức sẵn sàng công nghệ (TRL)")] public int? Trl { get; set; }
    [Display(Name = "Bằng chứng cho mức TRL")] public string? TrlEvidence { get; set; }
    [Display(Name = "Tình trạng sở hữu trí tuệ")] public string IpStatus { get; set; } = IpStatuses.None;
    [Display(Name = "Số bằng, số đơn, ngày cấp")] public string? IpDetails { get; set; }
    [Display(Name = "Hình thức chuyển giao")] public List<string> TransferTypes { get; set; } = [];
    [Display(Name = "Cách tính giá")] public PriceMode PriceMode { get; set; }
    [Display(Name = "Giá hoặc ngân sách (đồng)")] public long? PriceAmount { get; set; }
    [Display(Name = "Tỉnh, thành phố")] public string ProvinceCode { get; set; } = "";

    [Display(Name = "Tên hiển thị thay cho tên tổ chức")] public string? Alias { get; set; }
    [Display(Name = "Người liên hệ")] public string ContactName { get; set; } = "";
    [Display(Name = "Thư điện tử liên hệ")] public string ContactEmail { get; set; } = "";
    [Display(Name = "Điện thoại liên hệ")] public string? ContactPhone { get; set; }
    [Display(Name = "Tệp công khai (mã thư viện)")] public string? PublicMediaIds { get; set; }
    [Display(Name = "Tệp chỉ thành viên xem (mã thư viện)")] public string? MemberMediaIds { get; set; }

    public static ListingInput From(Listing listing) => new()
    {
        Kind = listing.Kind, Title = listing.Title, TitleEn = listing.TitleEn, Summary = listing.Summary, SummaryEn = listing.SummaryEn,
        Description = listing.Description, DescriptionEn = listing.DescriptionEn, Advantages = listing.Advantages, Applications = listing.Applications,
        PrimaryField = listing.PrimaryField, SecondaryFields = [.. listing.SecondaryFieldList], Keywords = string.Join("; ", listing.KeywordList),
        Trl = listing.Trl, TrlEvidence = listing.TrlEvidence, IpStatus = listing.IpStatus, IpDetails = listing.IpDetails,
        TransferTypes = [.. listing.TransferTypeList], PriceMode = listing.PriceMode, PriceAmount = listing.PriceAmount, ProvinceCode = listing.ProvinceCode,
        Alias = listing.Alias, ContactName = listing.ContactName, ContactEmail = listing.ContactEmail, ContactPhone = listing.ContactPhone,
        PublicMediaIds = string.Join("; ", listing.PublicMediaList), MemberMediaIds = string.Join("; ", listing.MemberMediaList),
    };

    /// <summary>Copies the checked input onto the listing (texts trimmed, lists de-duplicated).</summary>
    public void ApplyTo(Listing listing)
    {
        listing.Kind = Kind;
        listing.Title = Title.Trim();
        listing.TitleEn = Blank(TitleEn);
        listing.Summary = Summary.Trim();
        listing.SummaryEn = Blank(SummaryEn);
        listing.Description = Description.Trim();
        listing.DescriptionEn = Blank(DescriptionEn);
        listing.Advantages = Blank(Advantages);
        listing.Applications = Blank(Applications);
        listing.PrimaryField = PrimaryField.Trim();
        listing.SecondaryFields = Listing.Join(SecondaryFields.Where(f => f.Trim() != PrimaryField.Trim()));
        listing.Keywords = Listing.Join(ListingRules.SplitKeywords(Keywords));
        listing.Trl = Trl;
        listing.TrlEvidence = Blank(TrlEvidence);
        listing.IpStatus = IpStatus;
        listing.IpDetails = Blank(IpDetails);
        listing.TransferTypes = Listing.Join(TransferTypes);
        listing.PriceMode = PriceMode;
        listing.PriceAmount = PriceMode is PriceMode.OnRequest or PriceMode.Free ? null : PriceAmount;
        listing.ProvinceCode = ProvinceCode.Trim();
        listing.Alias = Blank(Alias);
        listing.ContactName = ContactName.Trim();
        listing.ContactEmail = ContactEmail.Trim();
        listing.ContactPhone = Blank(ContactPhone);
        listing.PublicMediaIds = Listing.Join(ListingRules.SplitList(PublicMediaIds));
        listing.MemberMediaIds = Listing.Join(ListingRules.SplitList(MemberMediaIds));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Model binding turns empty fields into null: required texts become "" and lists lose their blanks.</summary>
    public void Normalize()
    {
        (Title, Summary, Description, PrimaryField, ProvinceCode, ContactName, ContactEmail) =
            (Title ?? "", Summary ?? "", Description ?? "", PrimaryField ?? "", ProvinceCode ?? "", ContactName ?? "", ContactEmail ?? "");
        IpStatus = string.IsNullOrWhiteSpace(IpStatus) ? IpStatuses.None : IpStatus.Trim();
        SecondaryFields = (SecondaryFields ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct().ToList();
        TransferTypes = (TransferTypes ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct().ToList();
    }
}

public sealed class ExchangeOptions
{
    /// <summary>Terms (any case, with or without diacritics) whose presence sends a listing to the moderator flagged.</summary>
    public List<string> ProhibitedTerms { get; set; } = [];
    public int ValidityMonths { get; set; } = 12;
    /// <summary>The moderation service deadline, in working days (Monday–Friday less the holidays of Calendar:Holidays, Vietnam time).</summary>
    public int ReviewWorkingDays { get; set; } = 3;
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How often every match is computed again (a published listing gets its own at once).</summary>
    public TimeSpan MatchRefreshInterval { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How often the alert job looks for saved searches whose daily digest is due.</summary>
    public TimeSpan AlertInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>The Vietnam-time hour from which a day's digest is sent.</summary>
    public int AlertDigestHour { get; set; } = 7;
}

public sealed record ListingProblem(string Field, string Message);

/// <summary>Bounds, field checks against the reference lists, and the automatic checks run at each submission.</summary>
public sealed class ListingRules(PortalDbContext db, IOptions<ExchangeOptions> options)
{
    public const int LongText = 20_000;
    public const int MediumText = 4_000;
    public const long MaxAmount = 1_000_000_000_000_000;

    public async Task<IReadOnlyList<ListingProblem>> CheckAsync(ListingInput input, CancellationToken ct)
    {
        input.Normalize();
        var problems = new List<ListingProblem>();
        void Need(string field, string? value, string message) { if (string.IsNullOrWhiteSpace(value)) problems.Add(new(field, message)); }
        void Max(string field, string? value, int max, string name) { if (value?.Trim().Length > max) problems.Add(new(field, $"{name} dài tối đa {max:#,0} ký tự.")); }

        if (!Enum.IsDefined(input.Kind))
            problems.Add(new(nameof(input.Kind), "Loại tin không hợp lệ."));
        Need(nameof(input.Title), input.Title, "Vui lòng nhập tiêu đề.");
        Need(nameof(input.Summary), input.Summary, "Vui lòng nhập tóm tắt.");
        Need(nameof(input.Description), input.Description, "Vui lòng nhập mô tả chi tiết.");
        Need(nameof(input.PrimaryField), input.PrimaryField, "Vui lòng chọn lĩnh vực chính.");
        Need(nameof(input.ProvinceCode), input.ProvinceCode, "Vui lòng chọn tỉnh, thành phố.");
        Need(nameof(input.ContactName), input.ContactName, "Vui lòng nhập người liên hệ.");
        Need(nameof(input.ContactEmail), input.ContactEmail, "Vui lòng nhập thư điện tử liên hệ.");
        Max(nameof(input.Title), input.Title, 300, "Tiêu đề");
        Max(nameof(input.TitleEn), input.TitleEn, 300, "Tiêu đề tiếng Anh");
        Max(nameof(input.Summary), input.Summary, 500, "Tóm tắt");
        Max(nameof(input.SummaryEn), input.SummaryEn, 500, "Tóm tắt tiếng Anh");
        Max(nameof(input.Description), input.Description, LongText, "Mô tả");
        Max(nameof(input.DescriptionEn), input.DescriptionEn, LongText, "Mô tả tiếng Anh");
        Max(nameof(input.Advantages), input.Advantages, MediumText, "Mục này");
        Max(nameof(input.Applications), input.Applications, MediumText, "Mục này");
        Max(nameof(input.Keywords), input.Keywords, 500, "Từ khóa");
        Max(nameof(input.TrlEvidence), input.TrlEvidence, 1000, "Bằng chứng TRL");
        Max(nameof(input.IpDetails), input.IpDetails, 500, "Thông tin bảo hộ");
        Max(nameof(input.Alias), input.Alias, 200, "Tên hiển thị");
        Max(nameof(input.ContactName), input.ContactName, 200, "Tên người liên hệ");
        Max(nameof(input.ContactPhone), input.ContactPhone, 30, "Số điện thoại");
        if (input.ContactEmail.Length > 254 || (input.ContactEmail.Trim().Length > 0 && !new EmailAddressAttribute().IsValid(input.ContactEmail.Trim())))
            problems.Add(new(nameof(input.ContactEmail), "Địa chỉ thư không hợp lệ."));
        if (input.Trl is < 1 or > 9)
            problems.Add(new(nameof(input.Trl), "Mức TRL phải từ 1 đến 9."));
        if (!IpStatuses.Names.ContainsKey(input.IpStatus ?? ""))
            problems.Add(new(nameof(input.IpStatus), "Tình trạng sở hữu trí tuệ không hợp lệ."));
        if (!Enum.IsDefined(input.PriceMode))
            problems.Add(new(nameof(input.PriceMode), "Cách tính giá không hợp lệ."));
        if (input.PriceAmount is < 0 or > MaxAmount)
            problems.Add(new(nameof(input.PriceAmount), "Số tiền không hợp lệ."));
        if (input.PriceMode == PriceMode.Fixed && input.PriceAmount is null && input.Kind != ListingKind.Demand)
            problems.Add(new(nameof(input.PriceAmount), "Giá cố định cần có số tiền."));
        if (input.SecondaryFields.Count > 5)
            problems.Add(new(nameof(input.SecondaryFields), "Chọn tối đa 5 lĩnh vực khác."));
        if (input.TransferTypes.Count > 10)
            problems.Add(new(nameof(input.TransferTypes), "Quá nhiều hình thức chuyển giao."));
        var keywords = SplitKeywords(input.Keywords);
        if (keywords.Count > 20 || keywords.Any(k => k.Length > 60))
            problems.Add(new(nameof(input.Keywords), "Tối đa 20 từ khóa, mỗi từ khóa tối đa 60 ký tự."));
        var publicMedia = SplitList(input.PublicMediaIds);
        var memberMedia = SplitList(input.MemberMediaIds);
        if (publicMedia.Count + memberMedia.Count > 20 || publicMedia.Concat(memberMedia).Any(id => id.Length != 32 || !id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'))))
            problems.Add(new(nameof(input.PublicMediaIds), "Mã tệp không hợp lệ (tối đa 20 tệp)."));

        if (problems.Count > 0)
            return problems;
        await CheckCodesAsync(SharedTaxonomies.StFields, [input.PrimaryField, .. input.SecondaryFields], nameof(input.PrimaryField), "Lĩnh vực", problems, ct);
        await CheckCodesAsync(SharedTaxonomies.Provinces, [input.ProvinceCode], nameof(input.ProvinceCode), "Tỉnh, thành phố", problems, ct);
        await CheckCodesAsync(SharedTaxonomies.TransferTypes, input.TransferTypes, nameof(input.TransferTypes), "Hình thức chuyển giao", problems, ct);
        return problems;
    }

    private async Task CheckCodesAsync(string taxonomy, IReadOnlyCollection<string> codes, string field, string name, List<ListingProblem> problems, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
            return;
        if (wanted.Any(c => c.Length > 120))
        {
            problems.Add(new(field, $"{name}: mã không hợp lệ."));
            return;
        }
        var known = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy && wanted.Contains(t.Slug)).Select(t => t.Slug).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
            problems.Add(new(field, $"{name}: không có mã {string.Join(", ", unknown)} trong danh mục."));
    }

    /// <summary>
    /// The automatic checks a moderator sees beside a submission: prohibited terms found (whole words, diacritics
    /// ignored) and the owner's other listings with a similar title.
    /// </summary>
    public async Task<IReadOnlyList<string>> ScreenAsync(Listing listing, CancellationToken ct)
    {
        var notes = new List<string>();
        var terms = ProhibitedTermsIn(listing);
        if (terms.Count > 0)
            notes.Add("Có từ trong danh mục công nghệ cấm chuyển giao: " + string.Join(", ", terms) + ".");
        var others = await db.Set<Listing>().AsNoTracking()
            .Where(l => l.OwnerUserId == listing.OwnerUserId && l.Id != listing.Id && l.Status != ListingStatus.Rejected && l.Status != ListingStatus.Withdrawn)
            .Select(l => new { l.Code, l.Title }).ToListAsync(ct);
        var words = Words(listing.Title);
        foreach (var other in others.Where(o => Similarity(words, Words(o.Title)) >= 0.8))
            notes.Add($"Có thể trùng với tin {other.Code} „{other.Title}” của cùng tổ chức.");
        return notes;
    }

    public IReadOnlyList<string> ProhibitedTermsIn(Listing listing)
    {
        var text = " " + string.Join(' ', Words(string.Join(' ', listing.Title, listing.Summary, listing.Description, listing.Keywords, listing.TitleEn, listing.SummaryEn, listing.DescriptionEn))) + " ";
        return options.Value.ProhibitedTerms.Where(term => Words(term).Count > 0 && text.Contains(" " + string.Join(' ', Words(term)) + " ", StringComparison.Ordinal)).ToList();
    }

    private static List<string> Words(string? text) =>
        VietnameseText.Fold(text).Split((char[])[' ', ',', '.', ';', ':', '(', ')', '-', '/', '"', '\'', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static double Similarity(List<string> a, List<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (setA, setB) = (a.ToHashSet(), b.ToHashSet());
        return (double)setA.Intersect(setB).Count() / setA.Union(setB).Count();
    }

    public static IReadOnlyList<string> SplitKeywords(string? keywords) => SplitList(keywords);

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
