using Portal.Modules.Infrastructure.Web;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IOptions<TwoFactorRule> twoFactor,
    PortalDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    public string? ReturnUrl { get; private set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư.")]
        [EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ.")]
        [Display(Name = "Địa chỉ thư (email)")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";

        public bool Remember { get; set; }
    }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
            return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, Input.Remember, lockoutOnFailure: true);
        if (user is not null)
        {
            // Sign-ins of known accounts, good and bad, are security events: they go to the audit trail.
            var outcome = result.Succeeded ? "signed-in" : result.RequiresTwoFactor ? "password-ok-awaiting-code"
                : result.IsLockedOut ? "sign-in-locked" : "sign-in-failed";
            audit.Record("accounts", "user", user.Id, outcome, user.Id, user.Email ?? "", null);
            await db.SaveChangesAsync();
        }
        if (result.RequiresTwoFactor)
            return LocalRedirect(AccountPaths.SecondStep(AccountPaths.TwoFactorCode, returnUrl, Input.Remember));
        if (result.Succeeded)
        {
            // A role that must use two-factor enrols before anything else; the admin would refuse it anyway.
            if (twoFactor.Value.IsRequiredFor(await users.GetRolesAsync(user!)))
                return LocalRedirect(AccountPaths.WithReturnUrl(AccountPaths.TwoFactorSettings, Url.IsLocalUrl(returnUrl) ? returnUrl : null));
            return LocalRedirect(await AccountPaths.AfterSignInAsync(Url, users, user!, returnUrl));
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? "Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : result.IsNotAllowed ? "Tài khoản chưa được xác nhận địa chỉ thư." : "Địa chỉ thư hoặc mật khẩu không đúng.");
        return Page();
    }
}
