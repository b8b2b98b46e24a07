using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// The signed-in account's two-factor settings: enrol an authenticator app (key and QR code, confirmed by a code),
/// then see the ten recovery codes once; later, renew the recovery codes or turn two-factor off, each with a
/// current code. Turning it on or off ends the account's other sessions; this browser is signed in again.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorSettingsModel(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IOptions<TwoFactorRule> rule, SiteSettingsStore site) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty] public CodeInput Input { get; set; } = new();
    public string? ReturnUrl { get; private set; }
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string? SharedKey { get; private set; }
    public string? QrCode { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    /// <summary>Shown once, in the answer that made them; never stored where a page could show them again.</summary>
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }
    public string? Status { get; private set; }
    public string ContinueUrl { get; private set; } = "/";

    public sealed class CodeInput
    {
        [Required(ErrorMessage = AccountTexts.CodeRequired)]
        [Display(Name = AccountTexts.CodeLabel)]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        ReturnUrl = returnUrl;
        await LoadAsync(user);
        return Page();
    }

    /// <summary>A post without a handler (a form submitted by hand) changes nothing.</summary>
    public IActionResult OnPost() => LocalRedirect(AccountPaths.TwoFactorSettings);

    public async Task<IActionResult> OnPostEnableAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        ReturnUrl = returnUrl;
        if (!await users.GetTwoFactorEnabledAsync(user) && await CodeIsRightAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.EndSessionsAsync(user);
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            // The code just given proves the second factor: this session carries it (TwoFactorRule) like a two-step sign-in.
            await signIn.SignInWithClaimsAsync(user, await CurrentSessionAsync(), [new Claim("amr", "mfa")]);
            Status = AccountTexts.TwoFactorEnabled;
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        ReturnUrl = returnUrl;
        if (await users.GetTwoFactorEnabledAsync(user) && await CodeIsRightAsync(user))
        {
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            Status = AccountTexts.RecoveryCodesRenewed;
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        ReturnUrl = returnUrl;
        if (await users.GetTwoFactorEnabledAsync(user) && await CodeIsRightAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A new key for the next enrolment: the old one (and any phone or copy holding it) is worthless.
            await users.ResetAuthenticatorKeyAsync(user);
            await users.EndSessionsAsync(user);
            // Signed in again without the second factor, so a role that requires it is sent back to enrol.
            await signIn.SignInAsync(user, await CurrentSessionAsync());
            Status = AccountTexts.TwoFactorDisabled;
            ModelState.Clear();
            Input = new();
        }
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = rule.Value.IsRequiredFor(await users.GetRolesAsync(user));
        ContinueUrl = await AccountPaths.AfterSignInAsync(Url, users, user, ReturnUrl);
        Response.Headers.CacheControl = "no-store";
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Identity changes the security stamp with the key, which would end this very session: sign it in again.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = AuthenticatorSetup.Grouped(key);
        var issuer = (await site.GetAsync()).AgencyName;
        QrCode = AuthenticatorSetup.QrCodeDataUri(AuthenticatorSetup.Uri(issuer, user.Email ?? user.UserName ?? "", key));
    }

    /// <summary>A current authenticator code; wrong ones count towards the account's lockout as at sign-in.</summary>
    private async Task<bool> CodeIsRightAsync(PortalUser user)
    {
        if (!ModelState.IsValid)
            return false;
        if (await users.IsLockedOutAsync(user))
        {
            ModelState.AddModelError("Input.Code", AccountTexts.LockedOut);
            return false;
        }
        var code = new string(Input.Code.Where(char.IsAsciiDigit).ToArray());
        if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }
        await users.AccessFailedAsync(user);
        ModelState.AddModelError("Input.Code", AccountTexts.WrongCode);
        return false;
    }

    private async Task<AuthenticationProperties> CurrentSessionAsync() =>
        (await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties ?? new();
}
