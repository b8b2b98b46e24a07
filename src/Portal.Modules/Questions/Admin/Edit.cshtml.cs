using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Questions.Admin;

/// <summary>
/// /admin/hoi-dap/{id}: the question as sent (with the asker's contacts, for staff only), the public title and
/// anonymised text, the answer; save, answer by mail, answer and publish (only with the asker's consent), withdraw,
/// reject. Every action takes the stamp the editor saw; a stale one changes nothing.
/// </summary>
[Authorize(Policy = QuestionsPermissions.Manage)]
public sealed class EditModel(PortalDbContext db, QuestionWorkflow workflow, IChangeFeed changes) : PageModel
{
    public sealed class AnswerInput
    {
        public string? Title { get; set; }
        public string? Topic { get; set; }
        public string? PublicBody { get; set; }
        public string? Answer { get; set; }
        public Guid Stamp { get; set; }
    }

    [BindProperty] public AnswerInput Input { get; set; } = new();
    public Question Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Set<Question>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, ct) is not { } item)
            return NotFound();
        Item = item;
        Input = new AnswerInput { Title = item.Title, Topic = item.Topic, PublicBody = item.PublicBody, Answer = item.Answer, Stamp = item.Stamp };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? op, CancellationToken ct)
    {
        if (await db.Set<Question>().SingleOrDefaultAsync(q => q.Id == id, ct) is not { } item)
            return NotFound();
        Item = item;
        if (item.Stamp != Input.Stamp)
            return Refuse(QuestionTexts.Changed);
        var needsAnswer = op is "answer" or "publish";
        foreach (var problem in QuestionRules.CheckAnswer(Input.Title, Input.PublicBody, Input.Answer, needsAnswer))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return Page();
        db.Entry(item).Property(q => q.Stamp).OriginalValue = Input.Stamp;
        workflow.Edit(item, Input.Title!, Input.PublicBody!, Input.Answer, Input.Topic);
        string done;
        switch (op)
        {
            case "answer":
                workflow.AnswerByMail(item);
                done = "Đã lưu câu trả lời" + (item.AnswerMailedUtc is null ? "." : " và gửi thư cho người hỏi.");
                break;
            case "publish" when item.PublishConsentVersion is null:
                return Refuse(QuestionTexts.NoPublishConsent);
            case "publish":
                workflow.Publish(item);
                done = "Đã đăng câu hỏi và câu trả lời" + (item.AskerEmail is null ? "." : "; người hỏi nhận thư có liên kết.");
                break;
            case "reject":
                workflow.Reject(item);
                done = "Đã chuyển câu hỏi sang „Không trả lời”.";
                break;
            default:
                done = "Đã lưu.";
                break;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(QuestionTexts.Changed);
        }
        await changes.PublishAsync(ct);
        TempData["Message"] = done;
        return Redirect(QuestionPaths.AdminItem(item.Id));
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }
}
