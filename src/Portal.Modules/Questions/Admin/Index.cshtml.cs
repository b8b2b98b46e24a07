using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions.Admin;

/// <summary>/admin/hoi-dap: the questions by status (new ones oldest first, so none waits forever), 50 a page.</summary>
[Authorize(Policy = QuestionsPermissions.Manage)]
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, string Topic, string AskerName, DateTime CreatedUtc, DateTime UpdatedUtc, bool MayPublish, bool IsSample);

    public QuestionStatus Status { get; private set; }
    public IReadOnlyDictionary<QuestionStatus, int> Counts { get; private set; } = new Dictionary<QuestionStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 50, 0);
    public int OpenMessages { get; private set; }

    public async Task OnGetAsync(QuestionStatus? trangThai, int? trang, CancellationToken ct)
    {
        Status = trangThai is { } s && Enum.IsDefined(s) ? s : QuestionStatus.New;
        Counts = await db.Set<Question>().GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        OpenMessages = await db.Set<ContactMessage>().CountAsync(m => m.HandledUtc == null, ct);
        var query = db.Set<Question>().AsNoTracking().Where(q => q.Status == Status);
        Pager = new Pager(Pager.Normalise(trang), 50, Counts.GetValueOrDefault(Status));
        var ordered = Status == QuestionStatus.New ? query.OrderBy(q => q.CreatedUtc) : query.OrderByDescending(q => q.UpdatedUtc);
        Rows = await ordered.ThenBy(q => q.Id).Skip(Pager.Skip).Take(Pager.Size)
            .Select(q => new Row(q.Id, q.Title, q.Topic, q.AskerName, q.CreatedUtc, q.UpdatedUtc, q.PublishConsentVersion != null, q.IsSample)).ToListAsync(ct);
    }
}
