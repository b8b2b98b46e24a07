using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions.Admin;

/// <summary>/admin/hoi-dap/thu-lien-he: contact messages, open ones (oldest first) or handled ones (newest first).</summary>
[Authorize(Policy = QuestionsPermissions.Manage)]
public sealed class MessagesModel(PortalDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Subject, DateTime CreatedUtc, DateTime? HandledUtc);

    public bool Handled { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 50, 0);

    public async Task OnGetAsync(bool? daXuLy, int? trang, CancellationToken ct)
    {
        Handled = daXuLy == true;
        var query = db.Set<ContactMessage>().AsNoTracking().Where(m => (m.HandledUtc != null) == Handled);
        Pager = new Pager(Pager.Normalise(trang), 50, await query.CountAsync(ct));
        var ordered = Handled ? query.OrderByDescending(m => m.CreatedUtc) : query.OrderBy(m => m.CreatedUtc);
        Rows = await ordered.ThenBy(m => m.Id).Skip(Pager.Skip).Take(Pager.Size)
            .Select(m => new Row(m.Id, m.Name, m.Subject, m.CreatedUtc, m.HandledUtc)).ToListAsync(ct);
    }
}
