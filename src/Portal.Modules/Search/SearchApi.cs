using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Search;

/// <summary>GET /api/search and GET /api/search/suggest (docs/api.md). Bad parameters answer problem+json in Vietnamese.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync).RequireRateLimiting(RateLimits.Search);
        app.MapGet("/api/search/suggest", async (string? q, ISearchIndex index, CancellationToken ct) =>
            Results.Json(new { suggestions = (await index.SuggestAsync(q, 8, ct)).Select(s => new { label = s.Label, url = s.Url }) }))
            .RequireRateLimiting(RateLimits.Search);
        return app;
    }

    private static async Task<IResult> SearchAsync(HttpContext http, ISearchIndex index, SearchLabels labels, CancellationToken ct)
    {
        var query = http.Request.Query;
        var q = query["q"].ToString();
        if (string.IsNullOrWhiteSpace(q))
            return Problem(SearchTexts.MissingQuery);
        if (!TryInt(query["page"], 1, out var page) || page > SearchService.MaxPage)
            return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadNumber, "page"));
        if (!TryInt(query["size"], 10, out var size) || size > SearchService.MaxSize)
            return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadSize, SearchService.MaxSize));
        int? year = null;
        if (!string.IsNullOrEmpty(query["year"]))
        {
            if (!TryInt(query["year"], 0, out var y) || y > 9999)
                return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadNumber, "year"));
            year = y;
        }
        var sort = query["sort"].ToString() == "date" ? SearchSort.Date : SearchSort.Relevance;
        var results = await index.SearchAsync(new SearchRequest(q, query["type"], query["category"], query["field"], year, sort, page, size), ct);
        var label = await labels.ForAsync(results, ct);
        return Results.Json(new
        {
            total = results.Total,
            page,
            size,
            didYouMean = results.DidYouMean,
            facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, label = label(f.Key, v.Value), count = v.Count })),
            hits = results.Hits.Select(Hit),
            related = results.Related.Select(Hit),
        });
        static object Hit(SearchHit h) => new { id = h.Id, type = h.Type, title = h.Title, titleHtml = h.TitleHtml, url = h.Url, snippet = h.SnippetHtml, date = h.DateUtc };
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static IResult Problem(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: SearchTexts.BadRequestTitle);
}
