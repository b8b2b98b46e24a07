using Portal.Modules.Experts;

namespace Portal.Tests.Experts;

/// <summary>Who sees which contact field: every field × visibility × viewer, with and without its display consent.</summary>
[Trait("Category", "Unit")]
public sealed class ExpertVisibilityTests
{
    private const string Email = "chuyengia@vien.vn", Phone = "0905 111 222", Address = "12 Lê Duẩn, Đà Nẵng", OrgPhone = "0236 3 888 999";

    /// <summary>The rule written out by hand: (visibility, viewer) → (shown with consent, shown without).</summary>
    private static readonly Dictionary<(ContactVisibility, ExpertViewer), (bool WithConsent, bool WithoutConsent)> Expected = new()
    {
        [(ContactVisibility.Public, ExpertViewer.Anonymous)] = (true, false),
        [(ContactVisibility.Public, ExpertViewer.Member)] = (true, false),
        [(ContactVisibility.Public, ExpertViewer.Self)] = (true, true),
        [(ContactVisibility.Public, ExpertViewer.Staff)] = (true, true),
        [(ContactVisibility.MembersOnly, ExpertViewer.Anonymous)] = (false, false),
        [(ContactVisibility.MembersOnly, ExpertViewer.Member)] = (true, false),
        [(ContactVisibility.MembersOnly, ExpertViewer.Self)] = (true, true),
        [(ContactVisibility.MembersOnly, ExpertViewer.Staff)] = (true, true),
        [(ContactVisibility.StaffOnly, ExpertViewer.Anonymous)] = (false, false),
        [(ContactVisibility.StaffOnly, ExpertViewer.Member)] = (false, false),
        [(ContactVisibility.StaffOnly, ExpertViewer.Self)] = (true, true),
        [(ContactVisibility.StaffOnly, ExpertViewer.Staff)] = (true, true),
        [(ContactVisibility.Hidden, ExpertViewer.Anonymous)] = (false, false),
        [(ContactVisibility.Hidden, ExpertViewer.Member)] = (false, false),
        [(ContactVisibility.Hidden, ExpertViewer.Self)] = (true, true),
        [(ContactVisibility.Hidden, ExpertViewer.Staff)] = (true, true),
        [(ContactVisibility.FormOnly, ExpertViewer.Anonymous)] = (false, false),
        [(ContactVisibility.FormOnly, ExpertViewer.Member)] = (false, false),
        [(ContactVisibility.FormOnly, ExpertViewer.Self)] = (true, true),
        [(ContactVisibility.FormOnly, ExpertViewer.Staff)] = (true, true),
    };

    public static TheoryData<string, ContactVisibility, ExpertViewer, bool> Matrix()
    {
        var data = new TheoryData<string, ContactVisibility, ExpertViewer, bool>();
        foreach (var field in new[] { "email", "phone", "address", "org-phone" })
            foreach (var visibility in Enum.GetValues<ContactVisibility>())
                foreach (var viewer in Enum.GetValues<ExpertViewer>())
                    foreach (var consent in new[] { true, false })
                        data.Add(field, visibility, viewer, consent);
        return data;
    }

    private static ExpertProfile Profile(ContactVisibility all) => new()
    {
        Slug = "nguyen-van-a", FullName = "Nguyễn Văn A", PrimaryField = "401", OrganisationName = "Viện A", ProvinceCode = "48",
        Email = Email, EmailVisibility = all, Phone = Phone, PhoneVisibility = all, Address = Address, AddressVisibility = all,
        OrganisationPhone = OrgPhone, OrganisationPhoneVisibility = all,
    };

    private static (string Purpose, Func<ExpertContact, string?> Read, string Value) Field(string field) => field switch
    {
        "email" => (ConsentPurposes.DisplayEmail, c => c.Email, Email),
        "phone" => (ConsentPurposes.DisplayPhone, c => c.Phone, Phone),
        "address" => (ConsentPurposes.DisplayAddress, c => c.Address, Address),
        _ => (ConsentPurposes.DisplayOrganisationPhone, c => c.OrganisationPhone, OrgPhone),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void A_field_is_shown_exactly_when_its_visibility_viewer_and_own_consent_allow(string field, ContactVisibility visibility, ExpertViewer viewer, bool consented)
    {
        var (purpose, read, value) = Field(field);
        // Every other display consent is granted, so only this field's own consent decides.
        var granted = ConsentPurposes.All.Where(p => p != purpose || consented).ToHashSet();

        var contact = ExpertVisibility.ContactFor(Profile(visibility), granted, viewer);

        var expected = consented ? Expected[(visibility, viewer)].WithConsent : Expected[(visibility, viewer)].WithoutConsent;
        Assert.Equal(expected ? value : null, read(contact));
    }

    [Theory]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("address")]
    [InlineData("org-phone")]
    public void One_fields_consent_shows_that_field_and_no_other(string field)
    {
        var (purpose, read, value) = Field(field);

        var contact = ExpertVisibility.ContactFor(Profile(ContactVisibility.Public), new HashSet<string> { ConsentPurposes.Listed, purpose }, ExpertViewer.Anonymous);

        Assert.Equal(value, read(contact));
        Assert.Equal(1, new[] { contact.Email, contact.Phone, contact.Address, contact.OrganisationPhone }.Count(v => v is not null));
    }

    [Fact]
    public void A_new_profile_shows_no_contact_to_anyone_but_staff_and_itself()
    {
        var profile = new ExpertProfile { Slug = "b", FullName = "B", PrimaryField = "401", OrganisationName = "Viện", ProvinceCode = "48", Email = Email, Phone = Phone };
        var everything = ConsentPurposes.All.ToHashSet();

        Assert.Equal(ContactVisibility.FormOnly, profile.EmailVisibility);
        Assert.True(ExpertVisibility.ContactFor(profile, everything, ExpertViewer.Anonymous).IsEmpty);
        Assert.True(ExpertVisibility.ContactFor(profile, everything, ExpertViewer.Member).IsEmpty);
        Assert.Equal(Email, ExpertVisibility.ContactFor(profile, everything, ExpertViewer.Staff).Email);
        Assert.Equal(Phone, ExpertVisibility.ContactFor(profile, new HashSet<string>(), ExpertViewer.Self).Phone);
    }

    [Theory]
    [InlineData(ExpertStatus.Published, true, true)]
    [InlineData(ExpertStatus.Published, false, false)]
    [InlineData(ExpertStatus.Draft, true, false)]
    [InlineData(ExpertStatus.Hidden, true, false)]
    [InlineData(ExpertStatus.Draft, false, false)]
    public void A_profile_is_public_only_when_published_and_listed(ExpertStatus status, bool listed, bool expected)
    {
        var granted = listed ? new HashSet<string> { ConsentPurposes.Listed } : new HashSet<string> { ConsentPurposes.DisplayEmail };
        Assert.Equal(expected, ExpertVisibility.IsListed(status, granted));
    }

    [Fact]
    public void The_latest_line_of_a_purpose_is_its_effective_consent()
    {
        var granted = ConsentLedger.Effective([
            (ConsentPurposes.Listed, true), (ConsentPurposes.DisplayEmail, true), (ConsentPurposes.Listed, false),
            (ConsentPurposes.DisplayPhone, false), (ConsentPurposes.DisplayPhone, true)]);

        Assert.Equal(new[] { ConsentPurposes.DisplayEmail, ConsentPurposes.DisplayPhone }.Order(), granted.Order());
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", true)]
    [InlineData("0000-0001-5109-3700", true)]
    [InlineData("0000-0002-1694-233X", true)]
    [InlineData("0000-0002-1694-233x", true)]
    [InlineData("0000-0002-1825-0098", false)]
    [InlineData("0000-0002-1825-009", false)]
    [InlineData("0000000218250097", false)]
    [InlineData("https://orcid.org/0000-0002-1825-0097", false)]
    public void Orcid_needs_its_form_and_check_digit(string orcid, bool valid) =>
        Assert.Equal(valid, ExpertRules.IsValidOrcid(orcid));
}
