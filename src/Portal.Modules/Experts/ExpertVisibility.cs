namespace Portal.Modules.Experts;

/// <summary>Who is looking at a profile. Self is the expert's own account; Staff holds experts.manage.</summary>
public enum ExpertViewer { Anonymous = 0, Member = 1, Self = 2, Staff = 3 }

/// <summary>The contact values one viewer may see; null where they may not (or there is none).</summary>
public sealed record ExpertContact(string? Email, string? Phone, string? Address, string? OrganisationPhone)
{
    public static readonly ExpertContact None = new(null, null, null, null);
    public bool IsEmpty => Email is null && Phone is null && Address is null && OrganisationPhone is null;
}

/// <summary>
/// The one place that decides who sees what of an expert. A contact field reaches the public only when its
/// visibility is Public and its display consent is granted; MembersOnly adds signed-in members (consent still
/// needed); StaffOnly, Hidden and FormOnly show it to staff and the expert themself only. A profile is on the
/// public site only when published with the listed-in-database consent granted.
/// </summary>
public static class ExpertVisibility
{
    public static bool IsListed(ExpertStatus status, IReadOnlySet<string> granted) =>
        status == ExpertStatus.Published && granted.Contains(ConsentPurposes.Listed);

    public static bool MayShow(ContactVisibility visibility, bool consented, ExpertViewer viewer) => viewer switch
    {
        ExpertViewer.Staff or ExpertViewer.Self => true,
        ExpertViewer.Member => consented && visibility is ContactVisibility.Public or ContactVisibility.MembersOnly,
        _ => consented && visibility == ContactVisibility.Public,
    };

    public static ExpertContact ContactFor(ExpertProfile p, IReadOnlySet<string> granted, ExpertViewer viewer)
    {
        string? Shown(string? value, ContactVisibility visibility, string purpose) =>
            !string.IsNullOrWhiteSpace(value) && MayShow(visibility, granted.Contains(purpose), viewer) ? value : null;
        return new(
            Shown(p.Email, p.EmailVisibility, ConsentPurposes.DisplayEmail),
            Shown(p.Phone, p.PhoneVisibility, ConsentPurposes.DisplayPhone),
            Shown(p.Address, p.AddressVisibility, ConsentPurposes.DisplayAddress),
            Shown(p.OrganisationPhone, p.OrganisationPhoneVisibility, ConsentPurposes.DisplayOrganisationPhone));
    }
}
