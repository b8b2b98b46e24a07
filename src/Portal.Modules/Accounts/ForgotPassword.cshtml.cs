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
/// "Quên mật khẩu": whatever address is given, the answer is the same, so the form tells nobody which accounts
/// exist. A confirmed account gets a reset link on the configured public address (PublicSite), never on the
/// request's Host; the link lives 2 hours and works once (PasswordResetTokenProvider).
/// </summary>
[EnableRateLimiting(RateLimits.AccountMail)]
public sealed class ForgotPasswordModel(PortalDbContext db, UserManager<PortalUser> users, IMailOutbox mail) : PageModel
{
    [BindProperty] public ForgotInput Input { get; set; } = new();
    public bool Requested { get; private set; }

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = AccountTexts.EmailRequired), EmailAddress(ErrorMessage = AccountTexts.EmailInvalid), StringLength(254)]
        [Display(Name = AccountTexts.EmailLabel)]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { } user && await users.IsEmailConfirmedAsync(user))
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = Request.Absolute($"{AccountPaths.ResetPassword}?id={Uri.EscapeDataString(user.Id)}&ma={token}");
            mail.Queue(user.Email!, AccountTexts.ResetMailSubject, AccountTexts.ResetMailBody(user.DisplayName, link));
            await db.SaveChangesAsync(ct);
        }
        Requested = true;
        return Page();
    }
}
