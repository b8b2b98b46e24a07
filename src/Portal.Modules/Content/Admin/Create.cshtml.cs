using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Content.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class CreateModel(PortalDbContext db, ContentManager content, ContentTypeRegistry types, IAuthorizationService authorization, TimeProvider clock, ContentCounterparts counterparts) : PageModel
{
    [BindProperty] public EditorInput Input { get; set; } = new();
    public string TypeName { get; private set; } = "";
    public ContentTypeDefinition Type { get; private set; } = null!;
    public bool CanPublish { get; private set; }
    public string Culture { get; private set; } = "vi";
    /// <summary>What the translation picker offers: items of the type in either language (the language is picked on the same form).</summary>
    public IReadOnlyList<CounterpartChoice> Counterparts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        if (!await LoadAsync(type))
            return NotFound();
        if (Type.Prefill is { } prefill)
            Input.Fields = await prefill(HttpContext.RequestServices, Request.Query, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string type, string? culture, CancellationToken ct) =>
        CreateAsync(type, culture, publishing: false, "Đã lưu bản nháp.", null, ct);

    public Task<IActionResult> OnPostPublishAsync(string type, string? culture, CancellationToken ct) =>
        CreateAsync(type, culture, publishing: true, "Đã đăng.", (id, stamp, actor) => content.PublishAsync(id, stamp, actor, ct), ct);

    public Task<IActionResult> OnPostScheduleAsync(string type, string? culture, CancellationToken ct)
    {
        // Checked before anything is created: a time in the past leaves no stray draft behind.
        if (Input.ScheduleProblem(clock.GetUtcNow().UtcDateTime) is { } problem)
            ModelState.AddModelError("Input.PublishAt", problem);
        return CreateAsync(type, culture, publishing: true, "Đã hẹn giờ đăng.",
            (id, stamp, actor) => content.ScheduleAsync(id, stamp, Formats.ToUtc(Input.PublishAt!.Value), actor, ct), ct);
    }

    /// <summary>Creates the draft, then runs the workflow step (publish, schedule) on it, if any.</summary>
    private async Task<IActionResult> CreateAsync(
        string type, string? culture, bool publishing, string done, Func<string, Guid, Actor, Task<ContentResult>>? step, CancellationToken ct)
    {
        if (!await LoadAsync(type))
            return NotFound();
        Culture = culture == "en" ? "en" : "vi";
        if (Request.HasFormContentType)
            Input.ReadPickedTerms(Request.Form, Type);
        if (publishing && !CanPublish)
            return Forbid();
        if (Input.CounterpartId is { } counterpart && await counterparts.ProblemAsync(type, Culture, counterpart, ct) is { } problem)
            ModelState.AddModelError("Input.CounterpartId", problem);
        if (!ModelState.IsValid)
            return Page();
        var actor = User.ToActor();
        var (result, id) = await content.CreateAsync(type, Culture, Input.ToDraft(Type), actor, ct: ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field is null ? "" : $"Input.{result.Field}", result.Error!);
            return Page();
        }
        if (Input.CounterpartId is not null)
            await counterparts.LinkAsync(id!, Input.CounterpartId, actor, ct);
        if (step is not null)
        {
            var stamp = await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync(ct);
            var stepped = await step(id!, stamp, actor);
            if (!stepped.Succeeded)
            {
                // The item exists now, so the edit page is where the editor fixes and retries; the message goes with it.
                TempData["Message"] = $"Đã lưu bản nháp nhưng chưa thực hiện được: {stepped.Error}";
                return Redirect($"/admin/noi-dung/{id}");
            }
        }
        TempData["Message"] = done;
        return Redirect($"/admin/noi-dung/{id}");
    }

    private async Task<bool> LoadAsync(string type)
    {
        if (types.Find(type) is not { } definition)
            return false;
        (Type, TypeName) = (definition, definition.ItemName);
        Counterparts = await counterparts.ChoicesAsync(type, null, null, null, HttpContext.RequestAborted);
        CanPublish = (await authorization.AuthorizeAsync(User, ContentPermissions.Publish)).Succeeded;
        return true;
    }
}
