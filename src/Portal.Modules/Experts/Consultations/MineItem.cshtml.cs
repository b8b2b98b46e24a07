using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// One request on the member's page: the expert linked to the account answers or declines it here; the member who
/// asked reads it as on their secret link. Anyone else gets a 404.
/// </summary>
[Authorize]
public sealed class MineItemModel(PortalDbContext db, ConsultationWorkflow workflow, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public ExpertReplyInput Input { get; set; } = new();
    public Consultation Consultation { get; private set; } = null!;
    /// <summary>Set when the account is the expert's: the answer forms.</summary>
    public ExpertReplyView? Reply { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, string? decline, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Reply is null)
            return NotFound();
        var done = ExpertReply.Apply(workflow, Consultation, Reply.Expert, Input, decline == "true", ModelState);
        if (done is null)
            return Page();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConsultationTexts.Changed);
            return Page();
        }
        TempData["Message"] = done;
        return Redirect(ConsultationPaths.MemberItem(id));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var userId = users.GetUserId(User)!;
        var consultation = await db.Set<Consultation>().Include(c => c.Profile)
            .SingleOrDefaultAsync(c => c.Id == id && (c.RequesterUserId == userId || c.Profile!.UserId == userId && c.Status != ConsultationStatus.AwaitingConfirmation), ct);
        if (consultation is null)
            return false;
        Consultation = consultation;
        if (consultation.Profile!.UserId == userId)
        {
            var reference = await ExchangeReference.LoadAsync(db, ct);
            Reply = new ExpertReplyView(consultation, consultation.Profile, Input, consultation.FieldCode is { } f ? reference.FieldName(f) : "", null);
        }
        return true;
    }
}
