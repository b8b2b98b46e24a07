using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// A visitor's confirmation: the mailed link opens this page and the button forwards the question. A GET changes
/// nothing, so a mail scanner following links sends nothing. A link older than the confirmation window is dead,
/// and so is one whose expert has left the public site or stopped accepting requests meanwhile.
/// </summary>
[EnableRateLimiting(RateLimits.Consultation)]
public sealed class ConfirmModel(PortalDbContext db, ConsultationWorkflow workflow, TimeProvider clock) : PageModel
{
    public Consultation? Consultation { get; private set; }
    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct) => await LoadAsync(ma, ct);

    public async Task<IActionResult> OnPostAsync(string? ma, CancellationToken ct)
    {
        if (await LoadAsync(ma, ct) is not { Profile: { } expert } consultation)
            return Page();
        if (await workflow.ExpertIsFullAsync(expert.Id, ct))
        {
            Problem = ConsultationTexts.TooManyForExpert;
            return Page();
        }
        var reference = await ExchangeReference.LoadAsync(db, ct);
        workflow.Send(consultation, expert, consultation.FieldCode is { } f ? reference.FieldName(f) : "");
        try
        {
            await db.SaveChangesAsync(ct);
            Done = ConsultationTexts.Confirmed;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Confirmed twice at once, or deleted by the expiry job at the end of the link's life.
            Consultation = null;
        }
        return Page();
    }

    private async Task<Consultation?> LoadAsync(string? token, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ConsultationRules.ConfirmDays);
        var found = await ConsultationWorkflow.FindAsync(db, token, ConsultationLink.Confirm, ct);
        if (found is not { Status: ConsultationStatus.AwaitingConfirmation, Profile: { } expert } || found.CreatedUtc <= since)
            return null;
        if (!await db.PublicExperts().AnyAsync(p => p.Id == expert.Id, ct) || await ConsultationWorkflow.RefusalAsync(db, expert, ct) is not null)
            return null;
        return Consultation = found;
    }
}
