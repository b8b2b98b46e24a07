using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts.Admin;

/// <summary>Staff enter a new expert as a draft; consents and publishing follow on the profile's own page.</summary>
[Authorize(Policy = ExpertsPermissions.Manage)]
public sealed class CreateModel(PortalDbContext db, ExpertRules rules, ExpertWorkflow workflow) : PageModel
{
    [BindProperty] public ExpertInput Input { get; set; } = new();
    [BindProperty] public ExpertForm Lines { get; set; } = new();
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Reference = await ExchangeReference.LoadAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input ??= new();
        Lines ??= new();
        Input.Slug = null;
        foreach (var problem in Lines.ApplyTo(Input))
            ModelState.AddModelError($"{nameof(Lines)}.{problem.Field}", problem.Message);
        foreach (var problem in await rules.CheckAsync(Input, null, ct))
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
        {
            Reference = await ExchangeReference.LoadAsync(db, ct);
            return Page();
        }
        var profile = await workflow.CreateAsync(Input, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Đã thêm hồ sơ {profile.FullName} (bản nháp). Ghi nhận đồng ý của chuyên gia trước khi cho hiển thị.";
        return Redirect(ExpertPaths.AdminEdit(profile.Id));
    }
}
