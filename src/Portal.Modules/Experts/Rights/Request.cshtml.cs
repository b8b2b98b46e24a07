using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Experts.Rights;

/// <summary>
/// /chuyen-gia/yeu-cau-du-lieu: anyone (an expert staff entered from paper has no account) asks to see, correct or
/// delete a profile's data or to withdraw a consent. It enters the queue only after the mailed link is opened;
/// the answer never says whether a profile or address is known. Identity is checked against the profile's own
/// e-mail or phone, never with identity documents.
/// </summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class RequestModel(PortalDbContext db, DataRequestWorkflow workflow) : PageModel
{
    public sealed class RequestInput
    {
        public string? Kind { get; set; }
        public string? Purpose { get; set; }
        public string? Profile { get; set; }
        public string? Email { get; set; }
        public string? Description { get; set; }
    }

    [BindProperty] public RequestInput Input { get; set; } = new();

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input ??= new();
        var kind = Enum.GetValues<DataRequestKind>().Where(k => k.ToString() == Input.Kind).Select(k => (DataRequestKind?)k).FirstOrDefault();
        if (kind is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Kind)}", RightsTexts.KindRequired);
        if (kind == DataRequestKind.Withdrawal && (Input.Purpose is null || !ConsentPurposes.All.Contains(Input.Purpose)))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Purpose)}", RightsTexts.PurposeRequired);
        var profile = Input.Profile?.Trim() ?? "";
        if (profile.Length == 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Profile)}", RightsTexts.ProfileRequired);
        else if (profile.Length > DataRequest.ProfileTextLength)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Profile)}", RightsTexts.TooLong);
        var email = Input.Email?.Trim() ?? "";
        if (email.Length == 0)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", RightsTexts.EmailRequired);
        else if (email.Length > DataRequest.EmailLength || !EmailAddresses.IsBare(email))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", RightsTexts.EmailInvalid);
        var description = Input.Description?.Trim() ?? "";
        if (description.Length > DataRequest.DescriptionLength)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Description)}", RightsTexts.TooLong);
        if (!ModelState.IsValid)
            return Page();
        workflow.Submit(kind!.Value, Input.Purpose, await ProfileIdAsync(profile, ct), profile, email, description);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = RightsTexts.CheckMail;
        return Redirect(RightsPaths.Form);
    }

    /// <summary>A link to the profile's page (or its address alone) names it; a bare name is left to staff.</summary>
    private async Task<int?> ProfileIdAsync(string text, CancellationToken ct)
    {
        var at = text.IndexOf(ExpertPaths.Public + "/", StringComparison.OrdinalIgnoreCase);
        var slug = (at >= 0 ? text[(at + ExpertPaths.Public.Length + 1)..] : text).Split('?', '#', '/')[0].Trim().ToLowerInvariant();
        if (slug.Length == 0 || slug.Length > ExpertRules.SlugLength)
            return null;
        return await db.Set<ExpertProfile>().Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }
}
