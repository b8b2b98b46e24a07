using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Exchange;

public static class ExchangePermissions
{
    /// <summary>Organisations (members) submit and keep their own listings; staff may do it for them.</summary>
    public const string Submit = "exchange.submit";
    /// <summary>The moderation queue, legal categories, and entering listings on an organisation's behalf.</summary>
    public const string Moderate = "exchange.moderate";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Submit, "Đăng và quản lý tin công nghệ của tổ chức mình", [Roles.Member, Roles.Administrator, Roles.Moderator]),
        new(Moderate, "Kiểm duyệt sàn giao dịch công nghệ", [Roles.Administrator, Roles.Moderator]),
    ];
}
