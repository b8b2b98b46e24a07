using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>The permissions Accounts owns: the admin area itself and the accounts in it.</summary>
public static class AccountsPermissions
{
    /// <summary>Every page under /admin requires it (AccountsModule.ProtectAdminPages).</summary>
    public const string AccessAdmin = "admin.access";
    public const string ManageUsers = "users.manage";

    public static readonly PermissionDefinition AccessAdminDefinition =
        new(AccessAdmin, "Vào khu quản trị", [Roles.Administrator, Roles.EditorInChief, Roles.Editor, Roles.Moderator]);

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        AccessAdminDefinition,
        new(ManageUsers, "Quản lý tài khoản và vai trò", [Roles.Administrator]),
    ];
}
