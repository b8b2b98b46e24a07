using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Taxonomies;

public static class TaxonomiesPermissions
{
    public const string Manage = "taxonomies.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Quản lý danh mục (thêm, đổi tên, xoá mục chưa dùng)", [Roles.Administrator, Roles.EditorInChief]),
    ];
}
