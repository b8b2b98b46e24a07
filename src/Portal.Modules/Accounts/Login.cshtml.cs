using Portal.Modules.Infrastructure.Web;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Accounts;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, PortalDbContext db, IAuditLog audit) : PageModel
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
            audit.Record("accounts", "user", user.Id, result.Succeeded ? "signed-in" : result.IsLockedOut ? "sign-in-locked" : "sign-in-failed",
                user.Id, user.Email ?? "", null);
            await db.SaveChangesAsync();
        }
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : await HomeForAsync(user!));
        ModelState.AddModelError("", result.IsLockedOut
            ? "Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : result.IsNotAllowed ? "Tài khoản chưa được xác nhận địa chỉ thư." : "Địa chỉ thư hoặc mật khẩu không đúng.");
        return Page();
    }

    private async Task<string> HomeForAsync(PortalUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Any(r => Permissions.RolesHolding[Permissions.AccessAdmin].Contains(r)) ? "/admin" : "/";
    }
}
