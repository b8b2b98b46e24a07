namespace Portal.Modules.Experts;

/// <summary>CN (cử nhân), KS (kỹ sư), ThS, TS, TSKH.</summary>
public enum ExpertDegree { None = 0, CN = 1, KS = 2, ThS = 3, TS = 4, TSKH = 5 }

/// <summary>PGS (phó giáo sư), GS (giáo sư).</summary>
public enum AcademicTitle { None = 0, PGS = 1, GS = 2 }

public enum ExpertStatus { Draft = 0, Published = 1, Hidden = 2 }

/// <summary>Who may see a contact field. FormOnly is the default: visitors write through the portal's form and never see the value.</summary>
public enum ContactVisibility { FormOnly = 0, Public = 1, MembersOnly = 2, StaffOnly = 3, Hidden = 4 }

public enum TaskLevel { National = 0, Ministerial = 1, Provincial = 2, Grassroots = 3 }

public enum TaskRole { Lead = 0, Secretary = 1, Member = 2 }

/// <summary>
/// A scientist or engineer in the expert database. Codes (fields, province) point at the reference lists the
/// recipes load as taxonomies, as the exchange's do. The contact block is personal data: each field carries its
/// visibility, and <see cref="ExpertVisibility"/> alone decides who sees it, together with the consent ledger.
/// The collections are stored as JSON in the profile's own row.
/// </summary>
public sealed class ExpertProfile
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string FullName { get; set; }
    public ExpertDegree Degree { get; set; }
    public AcademicTitle Title { get; set; }
    public int? TitleYear { get; set; }

    public required string PrimaryField { get; set; }
    /// <summary>Further S&amp;T field codes, separated by ";".</summary>
    public string SecondaryFields { get; set; } = "";
    public string Keywords { get; set; } = "";
    public string Bio { get; set; } = "";
    public string? BioEn { get; set; }
    /// <summary>Codes of <see cref="ExpertCodes.Services"/>, separated by ";".</summary>
    public string Services { get; set; } = "";
    /// <summary>Codes of <see cref="ExpertCodes.Languages"/>, separated by ";".</summary>
    public string Languages { get; set; } = "";
    public bool OpenToConsulting { get; set; }
    public bool OpenToCouncils { get; set; }
    public bool OpenToMedia { get; set; }
    public bool OpenToCompanies { get; set; }
    public string? Orcid { get; set; }

    public required string OrganisationName { get; set; }
    public string? Unit { get; set; }
    public required string ProvinceCode { get; set; }

    public string? Email { get; set; }
    public ContactVisibility EmailVisibility { get; set; }
    public string? Phone { get; set; }
    public ContactVisibility PhoneVisibility { get; set; }
    public string? Address { get; set; }
    public ContactVisibility AddressVisibility { get; set; }
    public string? OrganisationPhone { get; set; }
    public ContactVisibility OrganisationPhoneVisibility { get; set; }

    public List<ExpertEducation> Education { get; set; } = [];
    public List<ExpertPosition> Positions { get; set; } = [];
    public List<ExpertPublication> Publications { get; set; } = [];
    public List<ExpertTask> Tasks { get; set; } = [];
    public List<ExpertPatent> Patents { get; set; } = [];
    public List<ExpertTransfer> Transfers { get; set; } = [];
    public List<ExpertAward> Awards { get; set; } = [];

    /// <summary>The portrait: a media library id, shown only while the profile is public and display-photo is granted (<see cref="ExpertPhotos"/>).</summary>
    public string? PhotoMediaId { get; set; }

    public ExpertStatus Status { get; set; }
    /// <summary>The account of the expert themself, when there is one: they see their whole profile.</summary>
    public string? UserId { get; set; }
    public bool IsSample { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public IReadOnlyList<string> SecondaryFieldList => Split(SecondaryFields);
    public IReadOnlyList<string> KeywordList => Split(Keywords);
    public IReadOnlyList<string> ServiceList => Split(Services);
    public IReadOnlyList<string> LanguageList => Split(Languages);

    public string PublicPath => ExpertPaths.Public + "/" + Slug;

    /// <summary>"PGS.TS. Nguyễn Văn A": the title and degree before the name, as Vietnamese writes them.</summary>
    public string DisplayName => ExpertTexts.DisplayName(FullName, Degree, Title);

    public static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrWhiteSpace(joined) ? [] : joined.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string?> values) =>
        string.Join(';', values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.OrdinalIgnoreCase));
}

public sealed class ExpertEducation
{
    public ExpertDegree Degree { get; set; }
    public string Major { get; set; } = "";
    public string Institution { get; set; } = "";
    public int? Year { get; set; }
}

public sealed class ExpertPosition
{
    public string Organisation { get; set; } = "";
    public string? Unit { get; set; }
    public string Title { get; set; } = "";
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
}

public sealed class ExpertPublication
{
    public string Title { get; set; } = "";
    public string? Venue { get; set; }
    public int? Year { get; set; }
    public string? Doi { get; set; }
}

public sealed class ExpertTask
{
    public string Title { get; set; } = "";
    public TaskLevel Level { get; set; }
    public TaskRole Role { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
}

public sealed class ExpertPatent
{
    public string Title { get; set; } = "";
    public string? Number { get; set; }
    public int? Year { get; set; }
}

public sealed class ExpertTransfer
{
    public string Title { get; set; } = "";
    public string? Recipient { get; set; }
    public int? Year { get; set; }
}

public sealed class ExpertAward
{
    public string Title { get; set; } = "";
    public int? Year { get; set; }
}
