using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Settings;

/// <summary>The site's settings, and the search index the same people look after.</summary>
public static class SettingsPermissions
{
    public const string Manage = "settings.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Sửa cài đặt trang và quản lý chỉ mục tìm kiếm", [Roles.Administrator]),
    ];
}
