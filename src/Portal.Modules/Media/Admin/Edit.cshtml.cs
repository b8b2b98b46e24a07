using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Media.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class EditModel(PortalDbContext db, IMediaLibrary library, MediaUploader uploader, TimeProvider clock) : PageModel
{
    [BindProperty] public EditInput Input { get; set; } = new();

    public MediaItem Item { get; private set; } = null!;
    public MediaView View { get; private set; } = null!;
    public IReadOnlyList<MediaUsage> Usages { get; private set; } = [];
    public IReadOnlyList<(string Id, string FileName)> CaptionFiles { get; private set; } = [];
    public string Markdown => MediaAdminApi.Markdown(Item);

    public sealed class EditInput
    {
        [Display(Name = "Mô tả ảnh (văn bản thay thế)")] [StringLength(500, ErrorMessage = MediaTexts.AltTooLong)] public string? Alt { get; set; }
        [Display(Name = "Chú thích")] [StringLength(1000)] public string? Caption { get; set; }
        [Display(Name = "Nguồn / tác giả")] [StringLength(200)] public string? Credit { get; set; }
        [Display(Name = "Thư mục")] [StringLength(100)] public string? Folder { get; set; }
        [Display(Name = "Nhãn (cách nhau bởi dấu phẩy)")] [StringLength(500)] public string? Tags { get; set; }
        [Display(Name = "Cho phép mọi người tải tệp gốc")] public bool IsPublic { get; set; }
        [Display(Name = "Phụ đề (WebVTT)")] public string? CaptionsId { get; set; }
        public Guid Stamp { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = new EditInput
        {
            Alt = Item.Alt, Caption = Item.Caption, Credit = Item.Credit, Folder = Item.Folder, Tags = Item.Tags.Replace(",", ", "),
            IsPublic = Item.IsPublic, CaptionsId = Item.CaptionsId, Stamp = Item.Stamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null)
            return NotFound();
        if (item.Stamp != Input.Stamp)
            return await StaleAsync(id, ct);
        if (item.Kind == MediaKind.Image && string.IsNullOrWhiteSpace(Input.Alt))
            ModelState.AddModelError("Input.Alt", string.Format(MediaTexts.AltRequired, item.FileName));
        var captions = string.IsNullOrEmpty(Input.CaptionsId) ? null : Input.CaptionsId;
        if (captions is not null && !await db.Set<MediaItem>().AnyAsync(m => m.Id == captions && m.Kind == MediaKind.Captions, ct))
            ModelState.AddModelError("Input.CaptionsId", MediaTexts.CaptionsMustBeVtt);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }
        item.Alt = MediaUploader.Clip(Input.Alt, 500);
        item.Caption = MediaUploader.Clip(Input.Caption, 1000);
        item.Credit = MediaUploader.Clip(Input.Credit, 200);
        item.Folder = MediaUploader.Clip(Input.Folder, 100);
        item.Tags = MediaUploader.NormaliseTags(Input.Tags);
        item.IsPublic = Input.IsPublic;
        item.CaptionsId = item.Kind == MediaKind.Video ? captions : null;
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.Stamp = Guid.NewGuid();
        uploader.RecordChange(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await StaleAsync(id, ct);
        }
        await uploader.PublishChangesAsync(ct);
        TempData["Message"] = MediaTexts.Saved;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReplaceAsync(string id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            return await RefuseAsync(id, MediaTexts.NoFile, ct);
        try
        {
            await using var content = file.OpenReadStream();
            await uploader.ReplaceAsync(id, content, file.FileName, ct);
        }
        catch (MediaRejectedException ex)
        {
            return await RefuseAsync(id, ex.Message, ct);
        }
        TempData["Message"] = MediaTexts.Replaced;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        var name = await db.Set<MediaItem>().Where(m => m.Id == id).Select(m => m.FileName).FirstOrDefaultAsync(ct);
        if (await uploader.DeleteAsync(id, ct) is { } refusal)
            return await RefuseAsync(id, refusal, ct);
        TempData["Message"] = string.Format(MediaTexts.Deleted, name);
        return Redirect("/admin/thu-vien");
    }

    /// <summary>Someone saved or replaced the file since this form was drawn: keep what was typed, show the message, write nothing.</summary>
    private async Task<IActionResult> StaleAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        ModelState.AddModelError("", MediaTexts.StaleEdit);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(string id, string message, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        ModelState.AddModelError("", message);
        Input = new EditInput { Alt = Item.Alt, Caption = Item.Caption, Credit = Item.Credit, Folder = Item.Folder, Tags = Item.Tags, IsPublic = Item.IsPublic, CaptionsId = Item.CaptionsId };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null || await library.GetAsync(id, ct) is not { } view)
            return false;
        Item = item;
        View = view;
        Usages = await library.FindUsagesAsync(id, ct);
        if (item.Kind == MediaKind.Video)
            CaptionFiles = (await db.Set<MediaItem>().AsNoTracking().Where(m => m.Kind == MediaKind.Captions).OrderBy(m => m.FileName)
                .Select(m => new { m.Id, m.FileName }).ToListAsync(ct)).Select(m => (m.Id, m.FileName)).ToList();
        return true;
    }
}
