using Portal.Modules.Audit;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts.Admin;

[Authorize(Policy = AccountsPermissions.ManageUsers)]
public sealed class UsersModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IAuditLog audit) : PageModel
{
    [BindProperty] public NewUser Input { get; set; } = new();
    public IReadOnlyList<Row> Users { get; private set; } = [];

    public sealed record Row(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool Locked);

    public sealed class NewUser
    {
        [Required(ErrorMessage = "Vui lòng nhập họ tên."), StringLength(200)]
        [Display(Name = "Họ và tên")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập địa chỉ thư."), EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ.")]
        [Display(Name = "Địa chỉ thư")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng đặt mật khẩu.")]
        [Display(Name = "Mật khẩu ban đầu")]
        public string Password { get; set; } = "";

        public List<string> Roles { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Roles.Any(r => !Infrastructure.Identity.Roles.All.Contains(r)))
            ModelState.AddModelError("", "Vai trò không hợp lệ.");
        if (ModelState.IsValid)
        {
            var user = new PortalUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, Input.Password);
            if (created.Succeeded && Input.Roles.Count > 0)
                created = await users.AddToRolesAsync(user, Input.Roles);
            if (created.Succeeded)
            {
                audit.Record("accounts", "user", user.Id, "created", $"{user.Email}: vai trò {string.Join(", ", Input.Roles.Order())}");
                await db.SaveChangesAsync(ct);
                TempData["Message"] = $"Đã tạo tài khoản {user.Email}.";
                return Redirect("/admin/nguoi-dung");
            }
            foreach (var error in created.Errors)
                ModelState.AddModelError("", error.Description);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var list = await db.Users.AsNoTracking().OrderBy(u => u.Email).Take(500).ToListAsync(ct);
        Users = list.Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.LockoutEnd > now)).ToList();
    }
}
