using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Mail;

namespace Portal.Modules.Exchange.Alerts;

/// <summary>
/// /san-cong-nghe/nhan-thong-bao?loai=chao-ban&amp;linh-vuc=401…: saves a list's filter for a daily e-mail digest. It
/// lives apart from the list, which is output-cached and so carries no form. A visitor's search starts only after
/// the link mailed to the address (double opt-in); a member's own confirmed address starts at once. The answer
/// never tells a visitor whether an address already has searches.
/// </summary>
[EnableRateLimiting(RateLimits.Alerts)]
public sealed class SubscribeModel(PortalDbContext db, UserManager<PortalUser> users, IMailOutbox mail, PublicSite site, TimeProvider clock) : PageModel
{
    public sealed class SubscribeInput
    {
        [Required(ErrorMessage = AlertTexts.EmailRequired), EmailAddress(ErrorMessage = AlertTexts.EmailInvalid), StringLength(AlertTexts.MaxEmailLength, ErrorMessage = AlertTexts.EmailInvalid)]
        public string? Email { get; set; }
        /// <summary>"true" when ticked; a string, so a tampered value is a refusal and not a binding error.</summary>
        public string? Consent { get; set; }
    }

    [BindProperty] public SubscribeInput Input { get; set; } = new();
    public AlertFilter? Filter { get; private set; }
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    /// <summary>Why this address cannot be subscribed to (no kind, filters not from the lists); null when it can.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
            Input.Email = user.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Problem is not null || Filter is null)
        {
            ModelState.AddModelError("", Problem ?? AlertTexts.KindRequired);
            return Page();
        }
        // The dispatcher must be able to address it: a bare address, as System.Net.Mail reads it back.
        var emailKey = $"{nameof(Input)}.{nameof(Input.Email)}";
        if (Input.Email is { } typed && ModelState[emailKey]?.Errors.Count is null or 0 && !EmailAddresses.IsBare(typed.Trim()))
            ModelState.AddModelError(emailKey, AlertTexts.EmailInvalid);
        if (Input.Consent != "true")
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Consent)}", AlertTexts.ConsentRequired);
        if (!ModelState.IsValid)
            return Page();
        var email = SavedSearch.NormaliseEmail(Input.Email!);
        var user = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        var own = user is { EmailConfirmed: true, Email: { } account } && SavedSearch.NormaliseEmail(account) == email;
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = Filter.StoredFilters;
        var existing = await db.Set<SavedSearch>().Where(s => s.Email == email).ToListAsync(ct);
        var same = existing.FirstOrDefault(s => s.Kind == Filter.Kind && s.Words == Filter.Words && s.Filters == stored);
        if (same is null && existing.Count >= AlertTexts.MaxPerEmail)
        {
            if (own)
            {
                ModelState.AddModelError("", AlertTexts.TooMany);
                return Page();
            }
            return Done(AlertTexts.CheckMail);
        }
        var search = same ?? db.Add(new SavedSearch
        {
            Email = email, Kind = Filter.Kind, Words = Filter.Words, Filters = stored,
            UnsubscribeToken = SavedSearch.NewToken(), CreatedUtc = now, NotifiedUntilUtc = now,
        }).Entity;
        if (own && !search.IsActive)
        {
            search.ConfirmedUtc = now;
            search.ConfirmToken = null;
            search.NotifiedUntilUtc = now;
        }
        else if (!search.IsActive)
        {
            search.ConfirmToken ??= SavedSearch.NewToken();
            mail.Queue(email, AlertTexts.ConfirmSubject, AlertTexts.ConfirmBody(Filter.Describe(Reference), site.Absolute(AlertPaths.ConfirmLink(search.ConfirmToken))));
        }
        await db.SaveChangesAsync(ct);
        return Done(own ? AlertTexts.Active : AlertTexts.CheckMail);
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect(Filter!.SubscribePath);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Reference = await ExchangeReference.LoadAsync(db, ct);
        var kinds = Request.Query[AlertFilter.KindParameter];
        if (kinds.Count != 1 || ExchangeTexts.KindOfSlug(kinds[0]) is not { } kind)
        {
            Problem = AlertTexts.KindRequired;
            return;
        }
        Filter = AlertFilter.Read(kind, Request.Query, Reference, out var dropped);
        if (dropped || Request.QueryString.Value?.Length > AlertFilter.MaxStoredLength)
            Problem = AlertTexts.FiltersInvalid;
    }
}
