using Portal.Modules.Audit;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts.Admin;

[Authorize(Policy = AccountsPermissions.ManageUsers)]
public sealed class EditUserModel(UserManager<PortalUser> users, IAuditLog audit) : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();
    public string Email { get; private set; } = "";

    public sealed class UserInput
    {
        [Required(ErrorMessage = "Vui lòng nhập họ tên."), StringLength(200)]
        [Display(Name = "Họ và tên")]
        public string DisplayName { get; set; } = "";
        public List<string> Roles { get; set; } = [];
        public bool Locked { get; set; }
        public string Stamp { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        Email = user.Email ?? "";
        Input = new UserInput { DisplayName = user.DisplayName, Roles = [.. await users.GetRolesAsync(user)], Locked = await users.IsLockedOutAsync(user), Stamp = user.ConcurrencyStamp ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        Email = user.Email ?? "";
        if (Input.Roles.Any(r => !Infrastructure.Identity.Roles.All.Contains(r)))
            ModelState.AddModelError("", "Vai trò không hợp lệ.");
        if (user.ConcurrencyStamp != Input.Stamp)
            ModelState.AddModelError("", "Tài khoản vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu; hãy tải lại trang.");
        if (user.Id == users.GetUserId(User) && !Input.Roles.Contains(Infrastructure.Identity.Roles.Administrator))
            ModelState.AddModelError("", "Bạn không thể tự bỏ vai trò quản trị của chính mình.");
        if (!ModelState.IsValid)
            return Page();
        user.DisplayName = Input.DisplayName.Trim();
        var wasLocked = await users.IsLockedOutAsync(user);
        user.LockoutEnd = Input.Locked ? DateTimeOffset.MaxValue : null;
        audit.Record("accounts", "user", user.Id, "updated",
            $"{user.Email}: vai trò {string.Join(", ", Input.Roles.Order())}{(Input.Locked ? "; khoá" : wasLocked ? "; mở khoá" : "")}");
        var result = await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (result.Succeeded)
            result = await users.RemoveFromRolesAsync(user, current.Except(Input.Roles));
        if (result.Succeeded)
            result = await users.AddToRolesAsync(user, Input.Roles.Except(current));
        // A locked account or one whose roles changed is signed out everywhere at once.
        if (result.Succeeded && ((Input.Locked && !wasLocked) || !current.ToHashSet().SetEquals(Input.Roles)))
            result = await users.EndSessionsAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError("", error.Description);
            return Page();
        }
        TempData["Message"] = "Đã lưu tài khoản.";
        return Redirect("/admin/nguoi-dung");
    }
}
