using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Questions;

/// <summary>
/// /hoi-dap/{id}-{slug}: a published question and its answer, the asker as a given name or "Bạn đọc"; 301 to the
/// current slug, 404 for anything not published. JSON-LD QAPage with the public parts only.
/// </summary>
public sealed class DetailsModel(PortalDbContext db, PublicSite site) : PageModel
{
    public sealed record View(int Id, string Slug, string Title, string Topic, string PublicName, string PublicBody, string? Answer, DateTime CreatedUtc, DateTime? PublishedUtc, DateTime UpdatedUtc)
    {
        public string Path => QuestionPaths.Item(Id, Slug);
    }

    public View Item { get; private set; } = null!;
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var dash = key.IndexOf('-');
        if (!int.TryParse(dash < 0 ? key : key[..dash], out var id))
            return NotFound();
        var item = await db.PublishedQuestions().AsNoTracking().Where(q => q.Id == id)
            .Select(q => new View(q.Id, q.Slug, q.Title, q.Topic, q.PublicName, q.PublicBody, q.Answer, q.CreatedUtc, q.PublishedUtc, q.UpdatedUtc))
            .SingleOrDefaultAsync(ct);
        if (item is null)
            return NotFound();
        if (key != $"{item.Id}-{item.Slug}")
            return RedirectPermanent(item.Path);
        Item = item;
        JsonLd = QaPage(item, site.Absolute(item.Path));
        return Page();
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>schema.org QAPage: the question, its one accepted answer by the agency, dates; nothing about the asker.</summary>
    public static string QaPage(View q, string url) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "QAPage",
        ["url"] = url,
        ["mainEntity"] = new JsonObject
        {
            ["@type"] = "Question",
            ["name"] = q.Title,
            ["text"] = q.PublicBody,
            ["answerCount"] = 1,
            ["dateCreated"] = Formats.IsoDate(q.CreatedUtc),
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = q.PublicName },
            ["acceptedAnswer"] = new JsonObject
            {
                ["@type"] = "Answer",
                ["text"] = q.Answer,
                ["url"] = url,
                ["dateCreated"] = Formats.IsoDate(q.PublishedUtc),
                ["upvoteCount"] = 0,
                ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "Sở Khoa học và Công nghệ" },
            },
        },
    }.ToJsonString(Json);
}
