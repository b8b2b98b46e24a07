using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Content;

/// <summary>The content core's permissions; the section, media and event admin pages use them too.</summary>
public static class ContentPermissions
{
    public const string Edit = "content.edit";
    public const string Publish = "content.publish";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Edit, "Soạn, sửa và gửi duyệt nội dung; quản lý thư viện", [Roles.Administrator, Roles.EditorInChief, Roles.Editor]),
        new(Publish, "Đăng, hẹn giờ, gỡ và lưu trữ nội dung", [Roles.Administrator, Roles.EditorInChief]),
    ];
}
