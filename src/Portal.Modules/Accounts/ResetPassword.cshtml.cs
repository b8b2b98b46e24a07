using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// The page a reset mail links to. The link is checked before the form is shown and again on saving; a new
/// password changes the security stamp, which ends every session of the account and every other reset link.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetPasswordModel(PortalDbContext db, UserManager<PortalUser> users, IMailOutbox mail) : PageModel
{
    [BindProperty] public ResetInput Input { get; set; } = new();
    public string? Id { get; private set; }
    public string? Ma { get; private set; }
    public bool LinkValid { get; private set; }
    public bool Done { get; private set; }

    public sealed class ResetInput
    {
        [Required(ErrorMessage = AccountTexts.PasswordRequired)]
        [Display(Name = AccountTexts.PasswordLabel)]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = AccountTexts.PasswordMismatch)]
        [Display(Name = AccountTexts.ConfirmPasswordLabel)]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task OnGetAsync(string? id, string? ma)
    {
        (Id, Ma) = (id, ma);
        LinkValid = await LinkAsync(id, ma) is not null;
    }

    public async Task<IActionResult> OnPostAsync(string? id, string? ma, CancellationToken ct)
    {
        (Id, Ma) = (id, ma);
        if (await LinkAsync(id, ma) is not { } link)
            return Page();
        var (user, token) = link;
        LinkValid = true;
        if (!ModelState.IsValid)
            return Page();
        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            LinkValid = result.Errors.All(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var error in result.Errors.Where(_ => LinkValid))
                ModelState.AddModelError("Input.Password", error.Description);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        mail.Queue(user.Email!, AccountTexts.PasswordChangedMailSubject, AccountTexts.PasswordChangedMailBody(user.DisplayName));
        await db.SaveChangesAsync(ct);
        Done = true;
        return Page();
    }

    /// <summary>The account and token the link names, when it is still good: right account, unexpired, unused.</summary>
    private async Task<(PortalUser User, string Token)?> LinkAsync(string? id, string? ma)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(ma) || await users.FindByIdAsync(id) is not { } user)
            return null;
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(ma));
        }
        catch (FormatException)
        {
            return null;
        }
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, token);
        return valid ? (user, token) : null;
    }
}
