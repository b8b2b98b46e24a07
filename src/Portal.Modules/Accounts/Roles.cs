namespace Portal.Modules.Accounts;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string EditorInChief = "EditorInChief";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string Member = "Member";
    public const string Expert = "Expert";

    public static readonly IReadOnlyList<string> All = [Administrator, EditorInChief, Editor, Moderator, Member, Expert];

    public static string Vietnamese(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        EditorInChief => "Tổng biên tập",
        Editor => "Biên tập viên",
        Moderator => "Kiểm duyệt viên",
        Member => "Thành viên (tổ chức)",
        Expert => "Chuyên gia",
        _ => role,
    };
}

/// <summary>
/// Permissions as data: each names the roles that hold it and becomes a policy of the same name, which also asks
/// a role that must use two-factor for a session signed in with it (TwoFactorRule.cs).
/// </summary>
public static class Permissions
{
    public const string AccessAdmin = "admin.access";
    public const string EditContent = "content.edit";
    public const string PublishContent = "content.publish";
    public const string ManageUsers = "users.manage";
    public const string ManageSettings = "settings.manage";
    public const string Moderate = "exchange.moderate";
    public const string ReadAudit = "audit.read";

    public static readonly IReadOnlyDictionary<string, string[]> RolesHolding = new Dictionary<string, string[]>
    {
        [AccessAdmin] = [Roles.Administrator, Roles.EditorInChief, Roles.Editor, Roles.Moderator],
        [EditContent] = [Roles.Administrator, Roles.EditorInChief, Roles.Editor],
        [PublishContent] = [Roles.Administrator, Roles.EditorInChief],
        [ManageUsers] = [Roles.Administrator],
        [ManageSettings] = [Roles.Administrator],
        [Moderate] = [Roles.Administrator, Roles.Moderator],
        [ReadAudit] = [Roles.Administrator],
    };
}
