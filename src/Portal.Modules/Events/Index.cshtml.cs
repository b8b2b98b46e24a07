using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.Events;

[PublicCacheQuery(PastParameter)]
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    private const string PastParameter = "da-dien-ra";

    public bool Past { get; private set; }
    public IReadOnlyList<SectionItem> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 20, 0);

    public async Task OnGetAsync(int? trang, CancellationToken ct)
    {
        Past = Request.Query[PastParameter] == "true";
        // An event stays "upcoming" through its start day.
        var cutoff = clock.GetUtcNow().UtcDateTime.AddHours(-12);
        (Items, Pager) = Past
            ? await db.PageAsync(EventsModule.ContentType, trang, 20, ct, q => q.Where(v => v.DisplayDateUtc < cutoff))
            : await db.PageAsync(EventsModule.ContentType, trang, 20, ct, q => q.Where(v => v.DisplayDateUtc >= cutoff), oldestFirst: true);
    }
}

public static class EventText
{
    public static string When(SectionItem item)
    {
        var place = item.Fields.String("place");
        return Formats.DateTimeShort(item.Date) + (place is null ? "" : " · " + place);
    }
}
