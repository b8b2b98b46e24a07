using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Settings;

namespace Portal.Modules.Search.Admin;

[Authorize(Policy = SettingsPermissions.Manage)]
public sealed class IndexModel(ISearchIndex index) : PageModel
{
    public SearchStatus Status { get; private set; } = new(0, []);
    [TempData] public string? Message { get; set; }

    /// <summary>The abbreviations and phrases queries treat as one (synonyms.txt, shipped with the search module).</summary>
    internal IReadOnlyList<SynonymSet> Synonyms => SearchSynonyms.Default.Sets;

    public async Task OnGetAsync(CancellationToken ct) => Status = await index.StatusAsync(ct);

    /// <summary>Clears the index and rewinds the cursors; the poller replays the logs in batches from there.</summary>
    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken ct)
    {
        await index.StartRebuildAsync(ct);
        Message = SearchTexts.RebuildStarted;
        return RedirectToPage();
    }
}
