using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts;

public static class ExpertsPermissions
{
    /// <summary>Staff keep the expert database: profiles, contact visibility and consents given on paper. Personal data, so few roles.</summary>
    public const string Manage = "experts.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Quản lý cơ sở dữ liệu chuyên gia (hồ sơ, chế độ hiển thị liên hệ, đồng ý của chuyên gia)", [Roles.Administrator, Roles.Moderator]),
    ];
}
