using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Consultations;

/// <summary>
/// /chuyen-gia/{slug}/dat-cau-hoi: a question to one public expert who lets the portal forward requests and is open
/// to consulting. A member with a confirmed address sends at once; anyone else gives a name and address, ticks the
/// consent and confirms through the mailed link. The answer never tells a visitor whether their address is over
/// its daily share. Limited per client address (RateLimits), per requester address and per expert (settings).
/// </summary>
[EnableRateLimiting(RateLimits.Consultation)]
public sealed class AskModel(PortalDbContext db, ConsultationWorkflow workflow, UserManager<PortalUser> users) : PageModel
{
    [BindProperty] public ConsultationInput Input { get; set; } = new();
    public ExpertProfile Expert { get; private set; } = null!;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    /// <summary>Why this expert cannot be asked through the portal; null when they can.</summary>
    public string? Refusal { get; private set; }
    /// <summary>The signed-in account with a confirmed address, whose requests go at once; null for anyone else.</summary>
    public PortalUser? Member { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
            return NotFound();
        Input.Field = Expert.PrimaryField;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
            return NotFound();
        if (Refusal is not null)
        {
            ModelState.AddModelError("", Refusal);
            return Page();
        }
        foreach (var problem in ConsultationRules.Check(Input, Member is not null, code => Reference.Fields.Any(f => f.Slug == code)))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return Page();
        if (await workflow.ExpertIsFullAsync(Expert.Id, ct))
        {
            ModelState.AddModelError("", ConsultationTexts.TooManyForExpert);
            return Page();
        }
        var email = ConsultationRules.NormaliseEmail(Member?.Email ?? Input.Email!);
        if (await workflow.EmailIsFullAsync(email, ct))
        {
            if (Member is not null)
            {
                ModelState.AddModelError("", ConsultationTexts.TooManyForEmail);
                return Page();
            }
            return Done(ConsultationTexts.CheckMail);
        }
        var fieldName = Input.Field is { Length: > 0 } field ? Reference.FieldName(field) : "";
        var consultation = workflow.Submit(Expert, Input, Member?.Id, Member?.DisplayName ?? Input.Name!, email, fieldName);
        await db.SaveChangesAsync(ct);
        if (Member is null)
            return Done(ConsultationTexts.CheckMail);
        TempData["Message"] = ConsultationTexts.SentNow;
        return Redirect(ConsultationPaths.MemberItem(consultation.Id));
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect(ConsultationPaths.Ask(Expert.Slug));
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (slug.Length > ExpertRules.SlugLength)
            return false;
        var expert = await db.PublicExperts().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (expert is null)
            return false;
        Expert = expert;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        Refusal = await ConsultationWorkflow.RefusalAsync(db, expert, ct);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { EmailConfirmed: true, Email.Length: > 0 } user)
            Member = user;
        return true;
    }
}
