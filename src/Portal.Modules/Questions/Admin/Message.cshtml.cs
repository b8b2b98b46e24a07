using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Questions.Admin;

/// <summary>/admin/hoi-dap/thu-lien-he/{id}: one contact message; mark it handled (or open again) or delete it.</summary>
[Authorize(Policy = QuestionsPermissions.Manage)]
public sealed class MessageModel(PortalDbContext db, QuestionWorkflow workflow) : PageModel
{
    public ContactMessage Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Set<ContactMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } item)
            return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? op, Guid stamp, CancellationToken ct)
    {
        if (await db.Set<ContactMessage>().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } item)
            return NotFound();
        Item = item;
        if (item.Stamp != stamp)
        {
            ModelState.AddModelError("", QuestionTexts.MessageChanged);
            return Page();
        }
        db.Entry(item).Property(m => m.Stamp).OriginalValue = stamp;
        if (op == "delete")
            workflow.Delete(item);
        else
            workflow.MarkHandled(item, op == "handled");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", QuestionTexts.MessageChanged);
            return Page();
        }
        TempData["Message"] = op switch { "delete" => "Đã xóa thư.", "handled" => "Đã đánh dấu thư đã xử lý.", _ => "Đã chuyển thư về „Chưa xử lý”." };
        return Redirect(op == "delete" ? QuestionPaths.AdminMessages : QuestionPaths.AdminMessage(id));
    }
}
