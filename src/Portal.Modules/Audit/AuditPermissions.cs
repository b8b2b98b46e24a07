using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Audit;

public static class AuditPermissions
{
    public const string Read = "audit.read";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Read, "Xem và xuất nhật ký quản trị", [Roles.Administrator]),
    ];
}
