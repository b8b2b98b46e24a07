using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Modules.Content.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class CreateModel(ContentManager content, ContentTypeRegistry types) : PageModel
{
    [BindProperty] public EditorInput Input { get; set; } = new();
    public string TypeName { get; private set; } = "";
    public ContentTypeDefinition Type { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct)
    {
        if (types.Find(type) is not { } definition)
            return NotFound();
        (Type, TypeName) = (definition, definition.ItemName);
        if (definition.Prefill is { } prefill)
            Input.Fields = await prefill(HttpContext.RequestServices, Request.Query, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string? culture, CancellationToken ct)
    {
        if (types.Find(type) is not { } definition)
            return NotFound();
        (Type, TypeName) = (definition, definition.ItemName);
        if (!ModelState.IsValid)
            return Page();
        var (result, id) = await content.CreateAsync(type, culture == "en" ? "en" : "vi", Input.ToDraft(definition), User.ToActor(), ct: ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field is null ? "" : $"Input.{result.Field}", result.Error!);
            return Page();
        }
        TempData["Message"] = "Đã lưu bản nháp.";
        return Redirect($"/admin/noi-dung/{id}");
    }
}
