using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>
/// The daily digest of saved searches: hourly, each confirmed search not yet served on this Vietnam day (from
/// Exchange:AlertDigestHour) gets one mail naming the listings published since its cursor that its list would show,
/// then the cursor moves, so a listing reaches one search at most once; nothing new, no mail. Also forgets searches
/// left unconfirmed past the link's life. Leased like the other jobs; a new stamp per change makes a racing run fail
/// its save instead of mailing twice.
/// </summary>
internal sealed class AlertDigestJob(IOptions<ExchangeOptions> options, ILogger<AlertDigestJob> logger) : IPeriodicJob
{
    private const int Batch = 200;
    // A listing is stamped published a moment before its row commits: the window stops short of now so that
    // moment is never skipped.
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    public string Name => "exchange.alert-digest";
    public string DisplayName => "Sàn công nghệ: thư tổng hợp tin mới theo điều kiện theo dõi";
    public TimeSpan Interval => options.Value.AlertInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var abandoned = now - Alerts.ConfirmModel.PendingFor;
        await db.Set<SavedSearch>().Where(s => s.ConfirmedUtc == null && s.CreatedUtc <= abandoned).ExecuteDeleteAsync(ct);
        var local = Formats.ToLocal(now);
        if (local.Hour < options.Value.AlertDigestHour)
            return;
        // The Vietnam day's start in UTC: a search whose last digest is older is due.
        var dayStart = now - local.TimeOfDay;
        var dueQuery = db.Set<SavedSearch>().Where(s => s.ConfirmedUtc != null && (s.LastDigestUtc == null || s.LastDigestUtc < dayStart));
        if (!await dueQuery.AnyAsync(ct))
            return;
        var index = services.GetRequiredService<ISearchIndex>();
        // What was published just now must be searchable before the cursors pass it. Catching up clears the
        // context's tracker, so the searches are read after it.
        await index.CatchUpAsync(ct);
        var due = await dueQuery.OrderBy(s => s.LastDigestUtc).ThenBy(s => s.Id).Take(Batch).ToListAsync(ct);
        var digests = new AlertDigests(db, index, services.GetRequiredService<IMailOutbox>(), services.GetRequiredService<PublicSite>(),
            await ExchangeReference.LoadAsync(db, ct));
        var until = now - Settle;
        var mailed = 0;
        foreach (var search in due)
        {
            if (await digests.SendAsync(search, until, now, ct))
                mailed++;
            search.NotifiedUntilUtc = until > search.NotifiedUntilUtc ? until : search.NotifiedUntilUtc;
            search.LastDigestUtc = now;
            search.Stamp = Guid.NewGuid();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Exchange alerts: another run served the same searches; this run's digests are dropped");
            return;
        }
        logger.LogInformation("Exchange alerts: {Due} search(es) served, {Mailed} digest(s) queued", due.Count, mailed);
    }
}

/// <summary>One saved search's digest: its list's search, newest first, cut at its cursor.</summary>
internal sealed class AlertDigests(PortalDbContext db, ISearchIndex index, IMailOutbox mail, PublicSite site, ExchangeReference reference)
{
    // The most the search service hands out per page.
    private const int PageSize = 50;
    private const int MaxPages = 4;

    public async Task<bool> SendAsync(SavedSearch search, DateTime untilUtc, DateTime nowUtc, CancellationToken ct)
    {
        var filter = search.Filter;
        var fresh = await NewSinceAsync(filter, search.NotifiedUntilUtc, untilUtc, nowUtc, ct);
        if (fresh.Count == 0)
            return false;
        var lines = fresh.Take(AlertTexts.MaxPerDigest).Select(c => $"- {c.Title} ({c.Code})\n  {site.Absolute(c.Path)}");
        var more = fresh.Count > AlertTexts.MaxPerDigest ? $"\n\nVà {fresh.Count - AlertTexts.MaxPerDigest} tin khác." : "";
        var body = $"Có {fresh.Count} tin mới được đăng trên Sàn công nghệ phù hợp với điều kiện bạn theo dõi:\n{filter.Describe(reference)}\n\n" +
            string.Join("\n", lines) + more +
            $"\n\nXem cả danh sách: {site.Absolute(filter.ListPath)}\n\n" +
            $"Bạn nhận thư này vì đã đăng ký nhận thông báo với địa chỉ {search.Email}. Hủy theo dõi chỉ bằng một lần bấm: {site.Absolute(AlertPaths.UnsubscribeLink(search.UnsubscribeToken))}";
        mail.Queue(search.Email, AlertTexts.DigestSubject(fresh.Count), body);
        return true;
    }

    /// <summary>Visible listings the filter's list shows, published in (after, until], newest first.</summary>
    private async Task<List<ListingCard>> NewSinceAsync(AlertFilter filter, DateTime afterUtc, DateTime untilUtc, DateTime nowUtc, CancellationToken ct)
    {
        // The index may keep dates coarser than the rows: it narrows with a margin, the rows decide exactly.
        var from = afterUtc - TimeSpan.FromMinutes(1);
        var hits = new List<SearchHit>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var results = await index.SearchAsync(filter.Request(page, PageSize), ct);
            hits.AddRange(results.Hits.Where(h => h.DateUtc >= from));
            if (results.Hits.Count < PageSize || results.Hits[^1].DateUtc < from)
                break;
        }
        var cards = await ListingCards.ForHitsAsync(db, hits, nowUtc, ct);
        return cards.Where(c => c.PublishedUtc > afterUtc && c.PublishedUtc <= untilUtc).ToList();
    }
}
