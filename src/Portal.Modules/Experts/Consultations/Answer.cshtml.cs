using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// The expert's secret link (mailed with the request): read it, answer with the contacts to share, or decline.
/// The link dies when the request closes. Never cached, never indexed.
/// </summary>
public sealed class AnswerModel(PortalDbContext db, ConsultationWorkflow workflow) : PageModel
{
    [BindProperty] public ExpertReplyInput Input { get; set; } = new();
    public ExpertReplyView? View { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct) => await LoadAsync(ma, null, ct);

    public async Task<IActionResult> OnPostAsync(string? ma, string? decline, CancellationToken ct)
    {
        if (await LoadAsync(ma, null, ct) is not { } view)
            return Page();
        var done = ExpertReply.Apply(workflow, view.Consultation, view.Expert, Input, decline == "true", ModelState);
        if (done is null)
            return Page();
        try
        {
            await db.SaveChangesAsync(ct);
            View = view with { Done = done };
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConsultationTexts.Changed);
            View = null;
        }
        return Page();
    }

    private async Task<ExpertReplyView?> LoadAsync(string? token, string? done, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (await ConsultationWorkflow.FindAsync(db, token, ConsultationLink.Expert, ct) is not { Profile: { } expert } consultation)
            return null;
        var reference = await ExchangeReference.LoadAsync(db, ct);
        return View = new ExpertReplyView(consultation, expert, Input, consultation.FieldCode is { } f ? reference.FieldName(f) : "", done);
    }
}
