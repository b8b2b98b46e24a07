using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights;

/// <summary>The request form's mailed link: the GET asks, the button puts the request into the queue (a mail scanner following links confirms nothing).</summary>
public sealed class ConfirmModel(PortalDbContext db, DataRequestWorkflow workflow) : PageModel
{
    public DataRequest? Pending { get; private set; }
    public bool Done { get; private set; }

    public async Task OnGetAsync(string? ma, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Pending = await workflow.FindPendingAsync(ma, ct);
    }

    public async Task<IActionResult> OnPostAsync(string? ma, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Pending = await workflow.FindPendingAsync(ma, ct);
        if (Pending is null)
            return Page();
        workflow.Confirm(Pending);
        try
        {
            await db.SaveChangesAsync(ct);
            Done = true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Pending = null;
        }
        return Page();
    }
}
