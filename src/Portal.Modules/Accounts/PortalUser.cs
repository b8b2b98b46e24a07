using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Accounts;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
