using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Text;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions;

/// <summary>
/// /hoi-dap: published questions with their answers, newest first, by topic (?chu-de=) and keywords (?q=, every
/// word in the public title, question or answer, accents ignored), ten a page (?trang=).
/// </summary>
public sealed class ListModel(PortalDbContext db, IOptions<QuestionOptions> options) : PageModel
{
    public sealed record Row(int Id, string Slug, string Title, string Topic, string PublicName, string PublicBody, DateTime? PublishedUtc)
    {
        public string Path => QuestionPaths.Item(Id, Slug);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, 10, 0);
    public string Keywords { get; private set; } = "";
    public string? Topic { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? q, [FromQuery(Name = "chu-de")] string? topic, int? trang, CancellationToken ct)
    {
        Keywords = (q ?? "").Trim();
        Topic = topic is { Length: > 0 } && QuestionTopics.Exists(topic) ? topic : null;
        var query = db.PublishedQuestions().AsNoTracking();
        if (Topic is not null)
            query = query.Where(x => x.Topic == Topic);
        if (Keywords.Length > QuestionRules.KeywordLength)
        {
            Problem = $"Từ khóa dài tối đa {QuestionRules.KeywordLength} ký tự.";
            Keywords = Keywords[..QuestionRules.KeywordLength];
        }
        foreach (var word in VietnameseText.Fold(Keywords).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8))
            query = query.Where(x => x.SearchText.Contains(word));
        Pager = new Pager(Pager.Normalise(trang), options.Value.PageSize, await query.CountAsync(ct));
        Rows = await query.OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id).Skip(Pager.Skip).Take(Pager.Size)
            .Select(x => new Row(x.Id, x.Slug, x.Title, x.Topic, x.PublicName, x.PublicBody, x.PublishedUtc)).ToListAsync(ct);
    }

    /// <summary>This list's address with the same topic and keywords, at another page.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Keywords.Length > 0)
            query.Add("q=" + Uri.EscapeDataString(Keywords));
        if (Topic is not null)
            query.Add("chu-de=" + Topic);
        if (page > 1)
            query.Add("trang=" + page);
        return QuestionPaths.Public + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public static string Excerpt(string text)
    {
        if (text.Length <= 280)
            return text;
        var cut = text.LastIndexOf(' ', 279);
        return text[..(cut > 200 ? cut : 280)] + " …";
    }
}
