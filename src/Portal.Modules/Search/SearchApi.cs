using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Search;

/// <summary>GET /api/search and GET /api/search/suggest (docs/api.md). Bad parameters answer problem+json in Vietnamese.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync)
            .WithName("Search")
            .WithTags(SearchTexts.PageTitle)
            .WithSummary(SearchTexts.ApiSearchSummary)
            .WithDescription(SearchTexts.ApiSearchDescription)
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(DescribeSearchParameters)
            .RequireRateLimiting(RateLimits.Search);
        app.MapGet("/api/search/suggest", SuggestAsync)
            .WithName("SearchSuggest")
            .WithTags(SearchTexts.PageTitle)
            .WithSummary(SearchTexts.ApiSuggestSummary)
            .WithDescription(SearchTexts.ApiSuggestDescription)
            .Produces<SuggestResponse>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.Search);
        return app;
    }

    // Every parameter is bound as text so that a bad value gets our Vietnamese problem, not the framework's 400.
    private static async Task<IResult> SearchAsync(
        [Description(SearchTexts.ApiQuery)] string? q,
        [Description(SearchTexts.ApiType)] string? type,
        [Description(SearchTexts.ApiCategory)] string? category,
        [Description(SearchTexts.ApiField)] string? field,
        [Description(SearchTexts.ApiYear)] string? year,
        [Description(SearchTexts.ApiSort)] string? sort,
        [Description(SearchTexts.ApiPage)] string? page,
        [Description(SearchTexts.ApiSize)] string? size,
        [Description(SearchTexts.ApiFacets)] string? facets,
        HttpRequest request, ISearchIndex index, SearchLabels labels, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problem(SearchTexts.MissingQuery);
        if (!TryInt(page, 1, out var pageNumber) || pageNumber > SearchService.MaxPage)
            return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadNumber, "page"));
        if (!TryInt(size, 10, out var pageSize) || pageSize > SearchService.MaxSize)
            return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadSize, SearchService.MaxSize));
        int? yearNumber = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!TryInt(year, 0, out var y) || y > 9999)
                return Problem(string.Format(CultureInfo.InvariantCulture, SearchTexts.BadNumber, "year"));
            yearNumber = y;
        }
        var (filters, filterProblem) = SearchFacets.Read(request.Query);
        var (wanted, wantedProblem) = SearchFacets.ReadNames(facets);
        var search = new SearchRequest(q, type, category, field, yearNumber, sort == "date" ? SearchSort.Date : SearchSort.Relevance, pageNumber, pageSize)
        {
            Filters = filters,
            FacetsWanted = wanted ?? ApiDefaultFacets,
        };
        // The bounds on the merged request too: type=… and f.type=… together are one facet.
        if ((filterProblem ?? wantedProblem ?? SearchFacets.FiltersOf(search).Problem) is { } problem)
            return Problem(problem);
        var results = await index.SearchAsync(search, ct);
        var label = await labels.ForAsync(results, ct);
        return Results.Json(new SearchResponse(
            results.Total,
            pageNumber,
            pageSize,
            results.DidYouMean,
            results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new SearchFacetValueResponse(v.Value, label(f.Key, v.Value), v.Count))),
            results.Hits.Select(SearchHitResponse.From),
            results.Related.Select(SearchHitResponse.From)));
    }

    private static async Task<IResult> SuggestAsync([Description(SearchTexts.ApiSuggestQuery)] string? q, ISearchIndex index, CancellationToken ct) =>
        Results.Json(new SuggestResponse((await index.SuggestAsync(q, 8, ct)).Select(s => new SuggestionResponse(s.Label, s.Url))));

    // What the API counted before facets were generic (every facet of the content source), kept as its default.
    private static readonly IReadOnlyList<string> ApiDefaultFacets = [.. SearchFacets.Default, "tag"];

    // The parameters are bound as text (above); the document says what they really accept.
    private static Task DescribeSearchParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            switch (parameter.Name)
            {
                case "q":
                    parameter.Required = true;
                    break;
                case "page":
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = SearchService.MaxPage.ToString(CultureInfo.InvariantCulture), Default = 1 };
                    break;
                case "size":
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = SearchService.MaxSize.ToString(CultureInfo.InvariantCulture), Default = 10 };
                    break;
                case "year":
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = "9999" };
                    break;
                case "sort":
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["relevance", "date"], Default = "relevance" };
                    break;
            }
        }
        // f.{facet} is a family of parameters (f.trl, f.price-mode…), read from the query string by name.
        operation.Parameters?.Add(new OpenApiParameter
        {
            Name = SearchFacets.Prefix + "{facet}",
            In = ParameterLocation.Query,
            Description = SearchTexts.ApiFacetFilter,
            Explode = true,
            Style = ParameterStyle.Form,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = SearchFacets.MaxValues, Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = SearchFacets.MaxValueLength } },
        });
        return Task.CompletedTask;
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
