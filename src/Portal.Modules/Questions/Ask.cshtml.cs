using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions;

/// <summary>
/// /hoi-dap/gui-cau-hoi: a question to the department. Consent to processing is required; consent to publishing
/// (anonymised) and showing the given name are separate and optional; none is ticked in advance. Limited per client
/// address (RateLimits.Questions) and per sender address (settings); a filled honeypot is thanked and dropped.
/// </summary>
[EnableRateLimiting(RateLimits.Questions)]
public sealed class AskModel(PortalDbContext db, QuestionWorkflow workflow) : PageModel
{
    [BindProperty] public VisitorInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.IsRobot)
            return Redirect(QuestionPaths.AskSent);
        foreach (var problem in QuestionRules.Check(Input, question: true))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (ModelState.IsValid && await workflow.EmailIsFullAsync(QuestionRules.NormaliseEmail(Input.Email!), question: true, ct))
            ModelState.AddModelError("", QuestionTexts.TooManyQuestions);
        if (!ModelState.IsValid)
            return Page();
        workflow.Ask(Input);
        await db.SaveChangesAsync(ct);
        return Redirect(QuestionPaths.AskSent);
    }
}
