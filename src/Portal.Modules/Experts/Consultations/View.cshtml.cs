using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Consultations;

/// <summary>The requester's secret link (mailed when the question was forwarded): its state and the answer. Never cached, never indexed.</summary>
public sealed class RequesterViewModel(PortalDbContext db) : PageModel
{
    public Consultation? Consultation { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Consultation = await ConsultationWorkflow.FindAsync(db, ma, ConsultationLink.View, ct);
    }
}
