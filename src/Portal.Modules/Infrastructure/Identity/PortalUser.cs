using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Infrastructure.Identity;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For member (organisation) accounts: the organisation the account speaks for.</summary>
    public string? OrganisationName { get; set; }
    /// <summary>For members: the organisation's tax code (mã số thuế), 10 digits or 10 + "-" + 3 for a branch; checked for form only.</summary>
    public string? TaxCode { get; set; }
    /// <summary>For members: the organisation's address.</summary>
    public string? Address { get; set; }
    public DateTime CreatedUtc { get; set; }
}
