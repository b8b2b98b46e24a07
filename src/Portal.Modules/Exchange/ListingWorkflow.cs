using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Audit;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Exchange;

public sealed record WorkflowResult(bool Succeeded, string? Error = null)
{
    public static readonly WorkflowResult Ok = new(true);
    public static WorkflowResult Refused(string error) => new(false, error);
}

/// <summary>
/// Every state change of a listing, whoever asks (owner, moderator, recipe, job): the rule that a prohibited
/// listing is never published lives here and only here. Each change writes its audit entry, its change-feed
/// entry and its mail in the caller's SaveChanges, so they land together or not at all.
/// </summary>
public sealed class ListingWorkflow(PortalDbContext db, ListingRules rules, IAuditLog audit, IChangeFeed feed, IMailOutbox mail,
    TimeProvider clock, IOptions<ExchangeOptions> options, PublicSite site, WorkingCalendar calendar)
{
    public const string Module = "exchange";
    public const string Entity = "listing";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new draft with the next code of its kind and year (or the given one, from an import); the caller saves.</summary>
    public async Task<Listing> CreateAsync(ListingInput input, string ownerUserId, string organisationName, CancellationToken ct, string? code = null)
    {
        var now = Now;
        var listing = new Listing
        {
            Code = code is null ? await NextCodeAsync(input.Kind, Formats.ToLocal(now).Year, ct) : await TakeCodeAsync(input.Kind, code, ct),
            Title = "", PrimaryField = "", ProvinceCode = "", OwnerUserId = ownerUserId, OrganisationName = organisationName,
            Status = ListingStatus.Draft, CreatedUtc = now, UpdatedUtc = now,
        };
        input.ApplyTo(listing);
        db.Add(listing);
        audit.Record(Module, Entity, listing.Code, "create");
        return listing;
    }

    /// <summary>
    /// An edit by the owner or staff. A published listing goes back to the moderators and leaves the public
    /// pages until approved again, so nothing unreviewed is ever public.
    /// </summary>
    public void Update(Listing listing, ListingInput input)
    {
        var wasPublic = listing.IsPublic;
        input.ApplyTo(listing);
        listing.UpdatedUtc = Now;
        if (wasPublic)
        {
            listing.Status = ListingStatus.Submitted;
            StartReview(listing);
            feed.Record(Module, listing.Code, ChangeKind.Removed);
        }
        audit.Record(Module, Entity, listing.Code, "edit");
    }

    public async Task<WorkflowResult> SubmitAsync(Listing listing, CancellationToken ct)
    {
        if (listing.Status is not (ListingStatus.Draft or ListingStatus.ChangesRequested or ListingStatus.Rejected))
            return WorkflowResult.Refused(ExchangeTexts.CannotSubmit);
        var problems = await rules.CheckAsync(ListingInput.From(listing), ct);
        if (problems.Count > 0)
            return WorkflowResult.Refused(string.Join(" ", problems.Select(p => p.Message)));
        listing.Status = ListingStatus.Submitted;
        StartReview(listing);
        listing.CheckNotes = Notes(await rules.ScreenAsync(listing, ct));
        audit.Record(Module, Entity, listing.Code, "submit", listing.CheckNotes);
        return WorkflowResult.Ok;
    }

    public WorkflowResult Approve(Listing listing, LegalCategory category)
    {
        if (listing.Status != ListingStatus.Submitted)
            return WorkflowResult.Refused(ExchangeTexts.NotInReview);
        listing.LegalCategory = category;
        return Publish(listing, "approve");
    }

    /// <summary>The one way into Published: refuses a prohibited listing whatever the caller.</summary>
    public WorkflowResult Publish(Listing listing, string action)
    {
        if (listing.LegalCategory == LegalCategory.Prohibited)
            return WorkflowResult.Refused(ExchangeTexts.ProhibitedNeverPublished);
        var now = Now;
        listing.Status = ListingStatus.Published;
        listing.PublishedUtc ??= now;
        listing.ExpiresUtc = now.AddMonths(options.Value.ValidityMonths);
        listing.RemindedDaysBefore = null;
        listing.ReviewDueUtc = null;
        listing.ModeratorNote = null;
        listing.UpdatedUtc = now;
        feed.Record(Module, listing.Code, ChangeKind.Published);
        audit.Record(Module, Entity, listing.Code, action, ExchangeTexts.LegalName(listing.LegalCategory));
        if (action == "approve")
            Tell(listing, $"Tin {listing.Code} đã được đăng", $"Tin „{listing.Title}” đã được duyệt và đăng trên sàn:\n\n{site.Absolute(listing.PublicPath)}\n\nTin có hiệu lực đến {Formats.Date(listing.ExpiresUtc)}.");
        return WorkflowResult.Ok;
    }

    public WorkflowResult RequestChanges(Listing listing, string note)
    {
        if (listing.Status != ListingStatus.Submitted)
            return WorkflowResult.Refused(ExchangeTexts.NotInReview);
        listing.Status = ListingStatus.ChangesRequested;
        listing.ModeratorNote = note.Trim();
        listing.ReviewDueUtc = null;
        listing.UpdatedUtc = Now;
        audit.Record(Module, Entity, listing.Code, "request-changes", note);
        Tell(listing, $"Tin {listing.Code} cần bổ sung", $"Kiểm duyệt viên đề nghị bổ sung tin „{listing.Title}”:\n\n{note.Trim()}\n\nSửa và gửi lại tại {site.Absolute(ExchangePaths.MemberEdit(listing.Id))}.");
        return WorkflowResult.Ok;
    }

    public WorkflowResult Reject(Listing listing, string reason, LegalCategory? category)
    {
        if (listing.Status is not (ListingStatus.Submitted or ListingStatus.Published))
            return WorkflowResult.Refused(ExchangeTexts.NotInReview);
        if (listing.IsPublic)
            feed.Record(Module, listing.Code, ChangeKind.Removed);
        listing.Status = ListingStatus.Rejected;
        listing.LegalCategory = category ?? listing.LegalCategory;
        listing.ModeratorNote = reason.Trim();
        listing.ReviewDueUtc = null;
        listing.UpdatedUtc = Now;
        audit.Record(Module, Entity, listing.Code, "reject", reason);
        Tell(listing, $"Tin {listing.Code} không được đăng", $"Tin „{listing.Title}” không được đăng. Lý do:\n\n{reason.Trim()}");
        return WorkflowResult.Ok;
    }

    public WorkflowResult Withdraw(Listing listing)
    {
        if (listing.Status is ListingStatus.Withdrawn or ListingStatus.Rejected)
            return WorkflowResult.Refused(ExchangeTexts.CannotWithdraw);
        if (listing.IsPublic)
            feed.Record(Module, listing.Code, ChangeKind.Removed);
        listing.Status = ListingStatus.Withdrawn;
        listing.UpdatedUtc = Now;
        audit.Record(Module, Entity, listing.Code, "withdraw");
        return WorkflowResult.Ok;
    }

    /// <summary>The owner re-confirms: another validity period from today, back on the public pages if it had expired.</summary>
    public WorkflowResult Renew(Listing listing)
    {
        if (listing.Status is not (ListingStatus.Published or ListingStatus.Expired))
            return WorkflowResult.Refused(ExchangeTexts.CannotRenew);
        return Publish(listing, "renew");
    }

    /// <summary>Expired listings leave search and lists; their page stays with a notice.</summary>
    public void Expire(Listing listing)
    {
        listing.Status = ListingStatus.Expired;
        listing.UpdatedUtc = Now;
        feed.Record(Module, listing.Code, ChangeKind.Removed);
        audit.Record(Module, Entity, listing.Code, "expire");
        Tell(listing, $"Tin {listing.Code} đã hết hạn", $"Tin „{listing.Title}” đã hết hạn và không còn hiện trong danh sách, tìm kiếm. Gia hạn tại {site.Absolute(ExchangePaths.MemberEdit(listing.Id))}.");
    }

    public void Remind(Listing listing, int daysBefore)
    {
        listing.RemindedDaysBefore = daysBefore;
        Tell(listing, $"Tin {listing.Code} sắp hết hạn", $"Tin „{listing.Title}” hết hạn ngày {Formats.Date(listing.ExpiresUtc)}. " +
            $"Nếu tin còn giá trị, hãy xác nhận gia hạn tại {site.Absolute(ExchangePaths.MemberEdit(listing.Id))}.");
    }

    private void StartReview(Listing listing)
    {
        listing.SubmittedUtc = Now;
        listing.ReviewDueUtc = calendar.Add(Now, options.Value.ReviewWorkingDays);
    }

    private void Tell(Listing listing, string subject, string body)
    {
        if (!string.IsNullOrWhiteSpace(listing.ContactEmail))
            mail.Queue(listing.ContactEmail, subject, $"Kính gửi {listing.ContactName},\n\n{body}\n\nSàn giao dịch công nghệ");
    }

    private static string? Notes(IReadOnlyList<string> notes) => notes.Count == 0 ? null : string.Join("\n", notes);

    private async Task<string> NextCodeAsync(ListingKind kind, int year, CancellationToken ct)
    {
        var sequence = await SequenceAsync(kind, year, ct);
        sequence.Last++;
        sequence.Stamp = Guid.NewGuid();
        return $"{ExchangeTexts.CodePrefix(kind)}-{year}-{sequence.Last:0000}";
    }

    /// <summary>An imported code (CB-2026-0007) keeps its number; the sequence moves past it so new codes never collide.</summary>
    private async Task<string> TakeCodeAsync(ListingKind kind, string code, CancellationToken ct)
    {
        var parts = code.Split('-');
        var sequence = await SequenceAsync(kind, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), ct);
        var number = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        if (number > sequence.Last)
        {
            sequence.Last = number;
            sequence.Stamp = Guid.NewGuid();
        }
        return code;
    }

    /// <summary>The kind and year's counter, from this unit of work if an earlier listing of it already took one.</summary>
    private async Task<ListingSequence> SequenceAsync(ListingKind kind, int year, CancellationToken ct)
    {
        var sequence = db.Set<ListingSequence>().Local.FirstOrDefault(s => s.Kind == kind && s.Year == year)
            ?? await db.Set<ListingSequence>().SingleOrDefaultAsync(s => s.Kind == kind && s.Year == year, ct);
        if (sequence is null)
        {
            var prefix = $"{ExchangeTexts.CodePrefix(kind)}-{year}-";
            var used = await db.Set<Listing>().Where(l => l.Code.StartsWith(prefix)).Select(l => l.Code).ToListAsync(ct);
            sequence = new ListingSequence { Kind = kind, Year = year, Last = used.Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() };
            db.Add(sequence);
        }
        return sequence;
    }
}
