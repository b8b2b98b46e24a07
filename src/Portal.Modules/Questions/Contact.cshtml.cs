using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Settings;

namespace Portal.Modules.Questions;

/// <summary>
/// /lien-he: the agency page of that slug (editors keep it in the content editor), then the contact form. A message
/// is stored for staff and mailed to the agency's address from the settings. Limited per client address
/// (RateLimits.Questions) and per sender address (settings); a filled honeypot is thanked and dropped.
/// </summary>
[EnableRateLimiting(RateLimits.Questions)]
public sealed class ContactModel(PortalDbContext db, QuestionWorkflow workflow, SiteSettingsStore settings) : PageModel
{
    public const string PageSlug = "lien-he";

    [BindProperty] public VisitorInput Input { get; set; } = new();
    public ContentVersion? Article { get; private set; }
    public SiteSettings Agency { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.IsRobot)
            return Redirect(QuestionPaths.ContactSent);
        foreach (var problem in QuestionRules.Check(Input, question: false))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (ModelState.IsValid && await workflow.EmailIsFullAsync(QuestionRules.NormaliseEmail(Input.Email!), question: false, ct))
            ModelState.AddModelError("", QuestionTexts.TooManyMessages);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await workflow.SendMessageAsync(Input, ct);
        await db.SaveChangesAsync(ct);
        return Redirect(QuestionPaths.ContactSent);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Article, _) = await db.FindPublishedAsync("page", "vi", PageSlug, ct);
        Agency = await settings.GetAsync(ct);
    }
}
