using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

public sealed class ConfirmEmailModel(UserManager<PortalUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? id, string? ma)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(ma) || await users.FindByIdAsync(id) is not { } user)
            return;
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(ma));
        }
        catch (FormatException)
        {
            return;
        }
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
