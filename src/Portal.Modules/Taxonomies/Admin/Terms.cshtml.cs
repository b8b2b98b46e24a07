using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Accounts;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Taxonomies.Admin;

/// <summary>The agency's own lists (news categories …): add, rename, and delete only what no item uses.</summary>
[Authorize(Policy = Permissions.PublishContent)]
public sealed class TermsModel(PortalDbContext db) : PageModel
{
    private static readonly Dictionary<string, string> Names = new() { ["news-category"] = "Chuyên đề tin tức" };

    public string TaxonomyName { get; private set; } = "";
    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Usage { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(string taxonomy, CancellationToken ct) =>
        await LoadAsync(taxonomy, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string taxonomy, string? name, string? nameEn, CancellationToken ct)
    {
        if (!await LoadAsync(taxonomy, ct))
            return NotFound();
        var slug = VietnameseText.Slugify(name);
        if (string.IsNullOrWhiteSpace(name) || slug.Length == 0)
            ModelState.AddModelError("", "Vui lòng nhập tên mục.");
        else if (Terms.Any(t => t.Slug == slug))
            ModelState.AddModelError("", $"Danh mục đã có mục „{name}”.");
        if (!ModelState.IsValid)
            return Page();
        db.Add(new TaxonomyTerm { Taxonomy = taxonomy, Slug = slug, Name = name!.Trim(), NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(), Order = Terms.Count + 1 });
        await db.SaveChangesAsync(ct);
        return Done(taxonomy, $"Đã thêm „{name!.Trim()}”.");
    }

    public async Task<IActionResult> OnPostRenameAsync(string taxonomy, int id, string? name, string? nameEn, CancellationToken ct)
    {
        var term = await db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == id && t.Taxonomy == taxonomy, ct);
        if (term is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(name))
        {
            ModelState.AddModelError("", "Tên mục không được để trống.");
            return await LoadAsync(taxonomy, ct) ? Page() : NotFound();
        }
        // The slug stays: it is in every item's fields and in public addresses.
        (term.Name, term.NameEn) = (name.Trim(), string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim());
        await db.SaveChangesAsync(ct);
        return Done(taxonomy, "Đã lưu.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string taxonomy, int id, CancellationToken ct)
    {
        var term = await db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == id && t.Taxonomy == taxonomy, ct);
        if (term is null)
            return NotFound();
        if (await db.Set<ContentTerm>().AnyAsync(t => t.Taxonomy == taxonomy && t.TermSlug == term.Slug, ct))
        {
            ModelState.AddModelError("", $"Không xoá được „{term.Name}” vì đang có bài viết thuộc mục này.");
            return await LoadAsync(taxonomy, ct) ? Page() : NotFound();
        }
        db.Remove(term);
        await db.SaveChangesAsync(ct);
        return Done(taxonomy, $"Đã xoá „{term.Name}”.");
    }

    private IActionResult Done(string taxonomy, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/danh-muc/{taxonomy}");
    }

    private async Task<bool> LoadAsync(string taxonomy, CancellationToken ct)
    {
        if (!Names.TryGetValue(taxonomy, out var name))
            return false;
        TaxonomyName = name;
        Terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.Order).ToListAsync(ct);
        Usage = await db.Set<ContentTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy)
            .GroupBy(t => t.TermSlug).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return true;
    }
}
