using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts;

/// <summary>
/// One line of the consent ledger: an expert granted or withdrew one purpose, under a version of the consent
/// text, through a channel. Append-only; the effective consent of a purpose is its latest line (highest id), and
/// a purpose with no line is not granted.
/// </summary>
public sealed class ExpertConsent
{
    public const int VersionLength = 40;

    public long Id { get; set; }
    public int ProfileId { get; set; }
    public ExpertProfile? Profile { get; set; }
    public required string Purpose { get; set; }
    public bool Granted { get; set; }
    public required string TextVersion { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>staff (on paper, entered by staff), self, import, recipe.</summary>
    public required string Channel { get; set; }
    /// <summary>The account that entered it, when someone did.</summary>
    public string? RecordedBy { get; set; }
}

public static class ConsentPurposes
{
    public const string Listed = "listed-in-database";
    public const string DisplayEmail = "display-email";
    public const string DisplayPhone = "display-phone";
    public const string DisplayAddress = "display-address";
    public const string DisplayOrganisationPhone = "display-org-phone";
    public const string ForwardRequests = "forward-requests";
    public const string NationalSharing = "national-sharing";
    public const string DisplayPhoto = "display-photo";

    public static readonly IReadOnlyList<string> All = [Listed, DisplayEmail, DisplayPhone, DisplayAddress, DisplayOrganisationPhone, ForwardRequests, NationalSharing, DisplayPhoto];

    public static readonly IReadOnlyList<string> Channels = ["staff", "self", "import", "recipe"];

    public static string Name(string purpose) => purpose switch
    {
        Listed => "Có tên trong cơ sở dữ liệu chuyên gia, hồ sơ hiển thị công khai",
        DisplayEmail => "Hiển thị thư điện tử theo chế độ đã chọn",
        DisplayPhone => "Hiển thị số điện thoại theo chế độ đã chọn",
        DisplayAddress => "Hiển thị địa chỉ theo chế độ đã chọn",
        DisplayOrganisationPhone => "Hiển thị điện thoại cơ quan theo chế độ đã chọn",
        ForwardRequests => "Cổng chuyển các đề nghị tư vấn, liên hệ đến chuyên gia",
        NationalSharing => "Chia sẻ hồ sơ với hệ thống thông tin KH&CN quốc gia",
        DisplayPhoto => "Hiển thị ảnh chân dung trên trang hồ sơ công khai",
        _ => purpose,
    };
}

public static class ConsentLedger
{
    /// <summary>The purposes whose latest line grants them.</summary>
    public static async Task<IReadOnlySet<string>> GrantedAsync(PortalDbContext db, int profileId, CancellationToken ct)
    {
        var lines = await db.Set<ExpertConsent>().AsNoTracking().Where(c => c.ProfileId == profileId)
            .OrderBy(c => c.Id).Select(c => new { c.Purpose, c.Granted }).ToListAsync(ct);
        return Effective(lines.Select(l => (l.Purpose, l.Granted)));
    }

    /// <summary>Lines in the order they were written: the last word on each purpose wins.</summary>
    public static IReadOnlySet<string> Effective(IEnumerable<(string Purpose, bool Granted)> linesInOrder)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (purpose, granted) in linesInOrder)
            state[purpose] = granted;
        return state.Where(s => s.Value).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Published and listed-in-database granted by its latest line: the profiles the public site shows.</summary>
    public static IQueryable<ExpertProfile> PublicExperts(this PortalDbContext db) =>
        db.Set<ExpertProfile>().Where(p => p.Status == ExpertStatus.Published
            && db.Set<ExpertConsent>().Where(c => c.ProfileId == p.Id && c.Purpose == ConsentPurposes.Listed)
                .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefault() == true);
}
