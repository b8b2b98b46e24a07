using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions;

public static class QuestionsPermissions
{
    /// <summary>Staff read contact messages and answer and publish questions. Personal data, so not every editor.</summary>
    public const string Manage = "questions.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Trả lời thư liên hệ và câu hỏi của người dân, đăng hỏi – đáp", [Roles.Administrator, Roles.EditorInChief, Roles.Moderator]),
    ];
}
