namespace Portal.Modules.Infrastructure.Identity;

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
