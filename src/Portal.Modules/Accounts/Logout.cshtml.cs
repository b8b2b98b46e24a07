using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        // Rotating the stamp makes any copy of this session's cookie worthless, not just the browser's.
        if (await users.GetUserAsync(User) is { } user)
            await users.EndSessionsAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
