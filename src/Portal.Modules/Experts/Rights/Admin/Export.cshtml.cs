using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Rights.Admin;

/// <summary>Staff's JSON export of one profile for an access request: the same document the expert downloads.</summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class ExportModel(PortalDbContext db, ExpertRights rights, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Set<ExpertProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } expert)
            return NotFound();
        var json = await rights.ExportAsync(expert, ct);
        audit.Record(ExpertWorkflow.Module, ExpertWorkflow.Entity, expert.Slug, "export");
        await db.SaveChangesAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return File(json, "application/json; charset=utf-8", ExpertRights.FileName(expert));
    }
}
