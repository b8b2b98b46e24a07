using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Columns;

public sealed record IssueArticle(string Title, string Url);

/// <summary>
/// The articles of an issue are named by their address on the portal ("/tin-tuc/ten-bai"). Each line must be a path;
/// on the page, only those that lead to a published item are linked, titled as the item is now.
/// </summary>
internal static partial class ColumnIssueArticles
{
    public const string Field = "articles";
    public const int MaxLines = 30;

    public static (string Field, string Message)? Check(ContentFieldValues fields)
    {
        var lines = fields.List(Field);
        if (lines.Count > MaxLines)
            return (Field, $"„Bài viết trong số này” có tối đa {MaxLines} dòng.");
        return lines.FirstOrDefault(l => !PathPattern().IsMatch(l)) is { } bad
            ? (Field, $"„Bài viết trong số này”: „{bad}” không phải đường dẫn một bài trên cổng (ví dụ /tin-tuc/ten-bai).")
            : null;
    }

    public static async Task<IReadOnlyList<IssueArticle>> ResolveAsync(PortalDbContext db, ContentTypeRegistry types, IReadOnlyList<string> paths, CancellationToken ct)
    {
        var wanted = new List<(string Path, string Type, string Slug)>();
        foreach (var path in paths.Where(p => PathPattern().IsMatch(p)))
        {
            var cut = path.LastIndexOf('/');
            if (types.All.FirstOrDefault(t => t.PathPrefix == path[..cut]) is { } type)
                wanted.Add((path, type.Name, path[(cut + 1)..]));
        }
        if (wanted.Count == 0)
            return [];
        var slugs = wanted.Select(w => w.Slug).Distinct().ToList();
        var typeNames = wanted.Select(w => w.Type).Distinct().ToList();
        var found = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.Published && v.Culture == "vi" && typeNames.Contains(v.ContentType) && slugs.Contains(v.Slug))
            .Select(v => new { v.ContentType, v.Slug, v.Title }).ToListAsync(ct);
        return wanted.Select(w => found.FirstOrDefault(f => f.ContentType == w.Type && f.Slug == w.Slug) is { } f ? new IssueArticle(f.Title, w.Path) : null)
            .OfType<IssueArticle>().ToList();
    }

    [GeneratedRegex("^(?:/[a-z0-9-]+)+$")]
    private static partial Regex PathPattern();
}
