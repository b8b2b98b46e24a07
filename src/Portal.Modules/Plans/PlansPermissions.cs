using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans;

public static class PlansPermissions
{
    /// <summary>Import, edit, publish and delete plans; see the reports.</summary>
    public const string Manage = "plans.manage";
    /// <summary>See the editorial calendar, claim items, create drafts from them.</summary>
    public const string Calendar = "plans.calendar";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Quản lý kế hoạch (nhập, sửa, công bố kế hoạch; báo cáo thực hiện)", [Roles.Administrator, Roles.EditorInChief]),
        new(Calendar, "Xem lịch biên tập, nhận việc theo kế hoạch", [Roles.Administrator, Roles.EditorInChief, Roles.Editor]),
    ];
}
