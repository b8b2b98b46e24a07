using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;

namespace Portal.Modules.Taxonomies.Admin;

/// <summary>
/// The agency's own lists (news categories …): add, rename, and delete only what no item uses. Rename and
/// delete carry the stamp the form was drawn with, so two people editing the list cannot overwrite each other.
/// </summary>
[Authorize(Policy = TaxonomiesPermissions.Manage)]
public sealed class TermsModel(PortalDbContext db, IEnumerable<ITermUsageSource> usageSources, IChangeFeed changes) : PageModel
{
    private static readonly Dictionary<string, string> Names = new() { ["news-category"] = TaxonomyTexts.NewsCategories };

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
            ModelState.AddModelError("", TaxonomyTexts.NameRequired);
        else if (TooLong(name, nameEn))
            ModelState.AddModelError("", TaxonomyTexts.TooLong);
        else if (Terms.Any(t => t.Slug == slug))
            ModelState.AddModelError("", string.Format(TaxonomyTexts.Duplicate, name));
        if (!ModelState.IsValid)
            return Page();
        db.Add(new TaxonomyTerm { Taxonomy = taxonomy, Slug = slug, Name = name!.Trim(), NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(), Order = Terms.Count + 1 });
        changes.Record(TermCatalog.ChangeSource, taxonomy, ChangeKind.Changed);
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        return Done(taxonomy, string.Format(TaxonomyTexts.Added, name!.Trim()));
    }

    public async Task<IActionResult> OnPostRenameAsync(string taxonomy, int id, Guid stamp, string? name, string? nameEn, CancellationToken ct)
    {
        if (!Names.ContainsKey(taxonomy))
            return NotFound();
        var term = await db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == id && t.Taxonomy == taxonomy, ct);
        if (term is null || term.Stamp != stamp)
            return await RefuseAsync(taxonomy, Stale(term), ct);
        if (string.IsNullOrWhiteSpace(name))
            return await RefuseAsync(taxonomy, TaxonomyTexts.RenameEmpty, ct);
        if (TooLong(name, nameEn))
            return await RefuseAsync(taxonomy, TaxonomyTexts.TooLong, ct);
        // The slug stays: it is in every item's fields and in public addresses.
        (term.Name, term.NameEn) = (name.Trim(), string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim());
        term.Stamp = Guid.NewGuid();
        return await SaveAsync(taxonomy, term, TaxonomyTexts.Saved, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string taxonomy, int id, Guid stamp, CancellationToken ct)
    {
        if (!Names.ContainsKey(taxonomy))
            return NotFound();
        var term = await db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == id && t.Taxonomy == taxonomy, ct);
        if (term is null || term.Stamp != stamp)
            return await RefuseAsync(taxonomy, Stale(term), ct);
        if ((await CountUsageAsync(taxonomy, ct)).ContainsKey(term.Slug))
            return await RefuseAsync(taxonomy, string.Format(TaxonomyTexts.InUse, term.Name), ct);
        db.Remove(term);
        return await SaveAsync(taxonomy, term, string.Format(TaxonomyTexts.Deleted, term.Name), ct);
    }

    /// <summary>Names are stored in 200 characters; a longer one is refused, never cut or left to the database.</summary>
    private static bool TooLong(string name, string? nameEn) => name.Trim().Length > 200 || (nameEn?.Trim().Length ?? 0) > 200;

    private static string Stale(TaxonomyTerm? term) =>
        term is null ? TaxonomyTexts.TermGone : string.Format(TaxonomyTexts.StaleTerm, term.Name);

    /// <summary>The stamp was checked on load; the database checks it again, for a save that raced this one.</summary>
    private async Task<IActionResult> SaveAsync(string taxonomy, TaxonomyTerm term, string message, CancellationToken ct)
    {
        // Pages name terms from a copy in memory (TermCatalog) and cached pages show the names: both go.
        changes.Record(TermCatalog.ChangeSource, taxonomy, ChangeKind.Changed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(taxonomy, string.Format(TaxonomyTexts.StaleTerm, term.Name), ct);
        }
        await changes.PublishAsync(ct);
        return Done(taxonomy, message);
    }

    private IActionResult Done(string taxonomy, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/danh-muc/{taxonomy}");
    }

    private async Task<IActionResult> RefuseAsync(string taxonomy, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", message);
        return await LoadAsync(taxonomy, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string taxonomy, CancellationToken ct)
    {
        if (!Names.TryGetValue(taxonomy, out var name))
            return false;
        TaxonomyName = name;
        Terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.Order).ToListAsync(ct);
        Usage = await CountUsageAsync(taxonomy, ct);
        return true;
    }

    private async Task<IReadOnlyDictionary<string, int>> CountUsageAsync(string taxonomy, CancellationToken ct)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in usageSources)
        {
            foreach (var (slug, count) in await source.CountAsync(taxonomy, ct))
                total[slug] = total.GetValueOrDefault(slug) + count;
        }
        return total;
    }
}
