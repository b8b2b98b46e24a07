using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// The second sign-in step of an account with two-factor on: the password was right, Identity holds the account
/// in its short-lived two-factor cookie, and the authenticator code completes the sign-in. Wrong codes count
/// towards the account's lockout as wrong passwords do.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginTwoFactorModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public CodeInput Input { get; set; } = new();
    public string? ReturnUrl { get; private set; }
    public bool Remember { get; private set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = AccountTexts.CodeRequired)]
        [Display(Name = AccountTexts.CodeLabel)]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool remember)
    {
        (ReturnUrl, Remember) = (returnUrl, remember);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect(AccountPaths.Login) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, bool remember)
    {
        (ReturnUrl, Remember) = (returnUrl, remember);
        // The step lasts a few minutes (Identity's two-factor cookie); after that the password is asked again.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return LocalRedirect(AccountPaths.Login);
        if (!ModelState.IsValid)
            return Page();
        var code = new string(Input.Code.Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, remember, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(await AccountPaths.AfterSignInAsync(Url, users, user, returnUrl));
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? AccountTexts.LockedOut : AccountTexts.WrongCode);
        return Page();
    }
}
