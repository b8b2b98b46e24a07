using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Infrastructure.Identity;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For member (organisation) accounts: the organisation the account speaks for.</summary>
    public string? OrganisationName { get; set; }
    public DateTime CreatedUtc { get; set; }
}
