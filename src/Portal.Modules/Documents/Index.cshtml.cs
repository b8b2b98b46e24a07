using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Media;
using Portal.Modules.Search;
using Portal.Modules.Site;

namespace Portal.Modules.Documents;

/// <summary>
/// /van-ban: published documents, newest first, narrowed by words (number, symbol or title), kind, issuer,
/// S&amp;T field, year and validity. A GET form: the filters work without JavaScript and every query key is bound,
/// so the output cache keys on them. Values the lists do not offer are ignored.
/// </summary>
public sealed class IndexModel(ReadDb read, ISearchIndex index, IMediaLibrary library) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Issuer { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "nam")] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "hieu-luc")] public string? Validity { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }

    public DocumentFilterOptions Options { get; private set; } = new([], [], []);
    public DocumentFilter Filter { get; private set; } = new(null, null, null, null, null, null);
    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Options = await DocumentFilterOptions.LoadAsync(read.Db, ct);
        Filter = DocumentFilter.From(Q, Kind, Issuer, Field, Year, Validity, Options);
        var narrow = await Filter.BuildAsync(read.Db, index, ct);
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        (var items, Pager) = await read.Db.PageAsync(DocumentsModule.ContentType, page, PageSize, ct, narrow);
        Rows = await DocumentRow.LoadAsync(read.Db, library, items, ct);
    }

    /// <summary>This list's address on another page, with the same filters.</summary>
    public string PageLink(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("q", Filter.Words), new("loai", Filter.Kind), new("co-quan", Filter.Issuer), new("linh-vuc", Filter.Field),
            new("nam", Filter.Year?.ToString(CultureInfo.InvariantCulture)), new("hieu-luc", Filter.Validity),
            new("trang", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        return "/van-ban" + QueryString.Create(pairs.Where(p => p.Value is not null));
    }
}
