using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Content.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class EditModel(PortalDbContext db, ContentManager content, ContentTypeRegistry types, IAuthorizationService authorization, TimeProvider clock, ContentCounterparts counterparts) : PageModel
{
    [BindProperty] public EditorInput Input { get; set; } = new();

    public string Id { get; private set; } = "";
    public string TypeName { get; private set; } = "";
    public ContentTypeDefinition Type { get; private set; } = null!;
    public ContentState State { get; private set; }
    public DateTime? ScheduledUtc { get; private set; }
    public bool HasPublished { get; private set; }
    public string? PublicUrl { get; private set; }
    public bool CanPublish { get; private set; }
    public IReadOnlyList<KeyValuePair<string, string>> ExtraLinks { get; private set; } = [];
    /// <summary>What the translation picker offers (items of the same type in the other language).</summary>
    public IReadOnlyList<CounterpartChoice> Counterparts { get; private set; } = [];
    public bool Conflict { get; private set; }
    private ContentVersion? latest;
    public string? ConflictMessage { get; private set; }
    /// <summary>The form was saved as a draft before the step that failed, so the editor knows what happened.</summary>
    public bool SavedBeforeError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct) =>
        RunAsync(id, publishing: false, "Đã lưu bản nháp.", (_, _) => Task.FromResult(ContentResult.Ok), ct);

    public Task<IActionResult> OnPostSubmitAsync(string id, CancellationToken ct) =>
        RunAsync(id, publishing: false, "Đã gửi duyệt.", (stamp, actor) => content.SubmitAsync(id, stamp, actor, ct), ct);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct) =>
        RunAsync(id, publishing: true, "Đã đăng.", (stamp, actor) => content.PublishAsync(id, stamp, actor, ct), ct);

    public Task<IActionResult> OnPostScheduleAsync(string id, CancellationToken ct)
    {
        // Checked before the draft is saved: a time in the past changes nothing and says so beside the field.
        if (Input.ScheduleProblem(clock.GetUtcNow().UtcDateTime) is { } problem)
            ModelState.AddModelError("Input.PublishAt", problem);
        return RunAsync(id, publishing: true, "Đã hẹn giờ đăng.", (stamp, actor) => content.ScheduleAsync(id, stamp, Formats.ToUtc(Input.PublishAt!.Value), actor, ct), ct);
    }

    public Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken ct) =>
        RunAsync(id, publishing: true, "Đã gỡ xuống.", (stamp, actor) => content.UnpublishAsync(id, stamp, actor, ct), ct, saveFirst: false);

    public Task<IActionResult> OnPostArchiveAsync(string id, CancellationToken ct) =>
        RunAsync(id, publishing: true, "Đã chuyển vào lưu trữ.", (stamp, actor) => content.ArchiveAsync(id, stamp, actor, ct), ct, saveFirst: false);

    /// <summary>Saves the form as a draft when it changed, then runs the workflow step with the fresh stamp.</summary>
    private async Task<IActionResult> RunAsync(
        string id, bool publishing, string done, Func<Guid, Actor, Task<ContentResult>> step, CancellationToken ct, bool saveFirst = true)
    {
        if (publishing && !(await authorization.AuthorizeAsync(User, ContentPermissions.Publish)).Succeeded)
            return Forbid();
        var posted = Input;
        if (!await LoadAsync(id, ct))
            return NotFound();
        var current = Input;
        Input = posted;
        if (Request.HasFormContentType)
            Input.ReadPickedTerms(Request.Form, Type);
        if (saveFirst && !ModelState.IsValid)
            return Page();
        var actor = User.ToActor();
        // Only when the picker was on the form: a form without it leaves the link alone.
        if (saveFirst && Request.HasFormContentType && Request.Form.ContainsKey("Input.CounterpartId")
            && posted.CounterpartId != current.CounterpartId && !Report(await counterparts.LinkAsync(id, posted.CounterpartId, actor, ct)))
            return Page();
        var stamp = posted.Stamp;
        if (saveFirst && !posted.SameAs(latest!, Type))
        {
            if (!Report(await content.SaveDraftAsync(id, stamp, posted.ToDraft(Type), actor, ct)))
                return Page();
            SavedBeforeError = true;
            stamp = await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync(ct);
        }
        else if (stamp != current.Stamp)
        {
            Report(ContentResult.Stale());
            return Page();
        }
        if (!Report(await step(stamp, actor)))
        {
            if (SavedBeforeError)
                await ReloadKeepingPublishAtAsync(id, ct);
            return Page();
        }
        TempData["Message"] = done;
        return Redirect($"/admin/noi-dung/{id}");
    }

    /// <summary>After a save, the badge and the stamp must be the saved ones, or the next click would be refused as stale.</summary>
    private async Task ReloadKeepingPublishAtAsync(string id, CancellationToken ct)
    {
        var publishAt = Input.PublishAt;
        await LoadAsync(id, ct);
        Input.PublishAt = publishAt;
        ModelState.Remove("Input.Stamp");
    }

    private bool Report(ContentResult result)
    {
        if (result.Succeeded)
            return true;
        if (result.Conflict)
        {
            Conflict = true;
            ConflictMessage = result.Error;
        }
        else
        {
            ModelState.AddModelError(result.Field is null ? "" : $"Input.{result.Field}", result.Error!);
        }
        return false;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
            return false;
        var versions = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ContentItemId == id && (v.Latest || v.Published)).ToListAsync(ct);
        latest = versions.Single(v => v.Latest);
        var published = versions.SingleOrDefault(v => v.Published);
        var type = types.Get(item.ContentType);
        Type = type;
        Id = id;
        TypeName = type.DisplayName;
        State = latest.State;
        ScheduledUtc = latest.ScheduledUtc;
        HasPublished = published is not null;
        PublicUrl = published is not null ? type.UrlFor(item.Culture, published.Slug) : null;
        CanPublish = (await authorization.AuthorizeAsync(User, ContentPermissions.Publish)).Succeeded;
        Input = EditorInput.From(latest, item.Stamp, type);
        Input.CounterpartId = await counterparts.CurrentAsync(id, ct);
        Counterparts = await counterparts.ChoicesAsync(item.ContentType, item.Culture, id, Input.CounterpartId, ct);
        ExtraLinks = type.AdminLinks?.Invoke(latest).ToList() ?? [];
        return true;
    }
}
