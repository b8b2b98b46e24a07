using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Modules.Infrastructure;
using Portal.Modules.Mail;

using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// Member (organisation) sign-up: the account, its consents and the confirmation mail are written in one
/// transaction; the account signs in only after the address is confirmed.
/// </summary>
[EnableRateLimiting(RateLimits.Registration)]
public sealed class RegisterModel(PortalDbContext db, UserManager<PortalUser> users, IMailOutbox mail, TimeProvider clock) : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();
    public bool Registered { get; private set; }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên tổ chức."), StringLength(200, ErrorMessage = "Tên tổ chức dài tối đa 200 ký tự.")]
        [Display(Name = "Tên tổ chức")]
        public string OrganisationName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mã số thuế của tổ chức."), RegularExpression(@"^\s*[0-9]{10}(-[0-9]{3})?\s*$", ErrorMessage = "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với đơn vị phụ thuộc (ví dụ 0401234567 hoặc 0401234567-001).")]
        [Display(Name = "Mã số thuế")]
        public string TaxCode { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập địa chỉ của tổ chức."), StringLength(300, ErrorMessage = "Địa chỉ dài tối đa 300 ký tự.")]
        [Display(Name = "Địa chỉ")]
        public string Address { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập họ tên người liên hệ."), StringLength(200, ErrorMessage = "Họ tên dài tối đa 200 ký tự.")]
        [Display(Name = "Họ tên người liên hệ")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư."), EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ."), StringLength(254)]
        [Display(Name = "Địa chỉ thư (email)")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng đặt mật khẩu.")]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
        [Display(Name = "Nhập lại mật khẩu")]
        public string ConfirmPassword { get; set; } = "";

        [Range(typeof(bool), "true", "true", ErrorMessage = "Cần đồng ý xử lý dữ liệu cá nhân để tạo tài khoản.")]
        public bool AcceptAccount { get; set; }

        public bool AcceptNewsletter { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var now = clock.GetUtcNow().UtcDateTime;
        var email = Input.Email.Trim();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = Input.DisplayName.Trim(), OrganisationName = Input.OrganisationName.Trim(),
            TaxCode = Input.TaxCode.Trim(), Address = Input.Address.Trim(), CreatedUtc = now };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
            result = await users.AddToRoleAsync(user, Roles.Member);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Password") ? "Input.Password" : "", error.Description);
            return Page();
        }
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        db.Add(new ConsentRecord { UserId = user.Id, Purpose = ConsentTexts.AccountPurpose, TextVersion = ConsentTexts.Version, GrantedUtc = now, IpAddress = ip });
        if (Input.AcceptNewsletter)
            db.Add(new ConsentRecord { UserId = user.Id, Purpose = ConsentTexts.NewsletterPurpose, TextVersion = ConsentTexts.Version, GrantedUtc = now, IpAddress = ip });
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = Request.Absolute($"/xac-nhan-email?id={Uri.EscapeDataString(user.Id)}&ma={token}");
        mail.Queue(email, AccountTexts.ConfirmMailSubject, AccountTexts.ConfirmMailBody(user.DisplayName, user.OrganisationName, link));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Registered = true;
        return Page();
    }
}
