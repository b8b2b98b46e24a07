using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Admin;

/// <summary>The experts' own proposals waiting for a moderator, oldest first.</summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class RevisionsModel(PortalDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, bool IsRegistration, DateTime SubmittedUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.Set<ExpertRevision>().AsNoTracking().Where(r => r.Status == RevisionStatus.Pending)
            .OrderBy(r => r.SubmittedUtc).ThenBy(r => r.Id).Take(500)
            .Select(r => new Row(r.Id, r.Profile!.FullName, r.IsRegistration, r.SubmittedUtc)).ToListAsync(ct);
}
