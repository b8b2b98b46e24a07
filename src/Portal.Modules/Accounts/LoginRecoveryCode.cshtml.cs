using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>The second sign-in step with one of the ten recovery codes instead of the authenticator; each works once.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginRecoveryCodeModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public RecoveryInput Input { get; set; } = new();
    public string? ReturnUrl { get; private set; }
    public bool Remember { get; private set; }

    public sealed class RecoveryInput
    {
        [Required(ErrorMessage = AccountTexts.RecoveryCodeRequired)]
        [Display(Name = AccountTexts.RecoveryCodeLabel)]
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
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return LocalRedirect(AccountPaths.Login);
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Normalise(Input.Code));
        if (result.Succeeded)
            return LocalRedirect(await AccountPaths.AfterSignInAsync(Url, users, user, returnUrl));
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? AccountTexts.LockedOut : AccountTexts.WrongRecoveryCode);
        return Page();
    }

    /// <summary>Identity's codes read XXXXX-XXXXX in capitals; people type them in lower case, with spaces or without the dash.</summary>
    private static string Normalise(string code)
    {
        var letters = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 10 ? $"{letters[..5]}-{letters[5..]}" : letters;
    }
}
