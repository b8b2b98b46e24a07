using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Search;

namespace Portal.Modules.Exchange;

/// <summary>
/// GET /api/listings (docs/api.md): the public listings with the list pages' filters, through the search index, in
/// the fields other exchanges need to connect. Never the contact block or the organisation behind an alias.
/// </summary>
internal static class ExchangeApi
{
    private const int MaxSize = 50;
    private const int MaxPage = 500;
    private const string BadRequestTitle = "Yêu cầu không hợp lệ";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/listings", ListAsync)
            .WithName("Listings")
            .WithTags(ExchangeTexts.Name)
            .WithSummary("Tin trên sàn giao dịch công nghệ")
            .WithDescription("Tin chào bán, tìm mua công nghệ và thiết bị đang đăng, lọc như trang danh sách: từ khóa, loại tin, f.{facet} (field, trl, ip, transfer, province, price, legal).")
            .Produces<ListingsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.Search);
        return app;
    }

    // Every parameter is bound as text so that a bad value gets a Vietnamese problem, not the framework's 400.
    private static async Task<IResult> ListAsync(
        [Description("Từ khóa, có dấu hoặc không dấu (không bắt buộc)")] string? q,
        [Description("offer, demand hoặc equipment; bỏ trống: cả ba")] string? kind,
        [Description("relevance (khi có từ khóa) hoặc date")] string? sort,
        [Description("Trang, từ 1 đến 500")] string? page,
        [Description("Số tin mỗi trang, từ 1 đến 50")] string? size,
        HttpRequest request, ISearchIndex index, PortalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var kinds = Enum.GetValues<ListingKind>().Select(ExchangeTexts.KindFacet).ToList();
        if (!string.IsNullOrEmpty(kind) && !kinds.Contains(kind))
            return Problem("Tham số kind chỉ nhận offer, demand hoặc equipment.");
        if (!TryInt(page, 1, out var pageNumber) || pageNumber > MaxPage)
            return Problem("Tham số page phải là số nguyên từ 1 đến 500.");
        if (!TryInt(size, 20, out var pageSize) || pageSize > MaxSize)
            return Problem("Tham số size phải là số nguyên từ 1 đến 50.");
        if (sort is not (null or "" or "relevance" or "date"))
            return Problem("Tham số sort chỉ nhận relevance hoặc date.");
        var (filters, problem) = SearchFacets.Read(request.Query);
        if (problem is not null)
            return Problem(problem);
        if (filters.Keys.Any(f => f == "type" || !ExchangeFacets.Filters.Any(e => e.Facet == f)))
            return Problem("Chỉ lọc được theo: " + string.Join(", ", ExchangeFacets.Filters.Select(f => SearchFacets.Prefix + f.Facet)) + ".");
        filters["type"] = string.IsNullOrEmpty(kind) ? kinds : [kind];
        var hasText = !string.IsNullOrWhiteSpace(q);
        var results = await index.SearchAsync(new SearchRequest(q, Sort: sort == "date" || !hasText ? SearchSort.Date : SearchSort.Relevance, Page: pageNumber, Size: pageSize)
        {
            Filters = filters,
            FacetsWanted = ExchangeFacets.Filters.Select(f => f.Facet).ToList(),
        }, ct);
        var names = await ExchangeReference.LoadAsync(db, ct);
        var codes = results.Hits.Select(h => h.Id).Where(id => id.StartsWith(ExchangeSearchSource.Prefix, StringComparison.Ordinal))
            .Select(id => id[ExchangeSearchSource.Prefix.Length..]).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Set<Listing>().AsNoTracking().Visible(now).Where(l => codes.Contains(l.Code)).Select(PublicListing.Projection).ToDictionaryAsync(l => l.Code, ct);
        return Results.Json(new ListingsResponse(
            results.Total, pageNumber, pageSize,
            results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new ListingFacetValue(v.Value, names.Label(f.Key, v.Value), v.Count))),
            codes.Where(rows.ContainsKey).Select(c => ListingResponse.From(rows[c], request.Absolute(rows[c].Path), names))));
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
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: BadRequestTitle);
}

public sealed record ListingsResponse(int Total, int Page, int Size, IReadOnlyDictionary<string, IEnumerable<ListingFacetValue>> Facets, IEnumerable<ListingResponse> Items);

public sealed record ListingFacetValue(string Value, string Label, int Count);

public sealed record CodeName(string Code, string Name);

/// <summary>One listing as other exchanges read it: codes with their Vietnamese names, amounts in đồng, dates in UTC.</summary>
public sealed record ListingResponse(
    string Code, string Kind, string Url, string Title, string? TitleEn, string Summary, string? SummaryEn, string Description, string? DescriptionEn,
    string? Advantages, string? Applications, string Owner, CodeName Province, IReadOnlyList<CodeName> Fields, IReadOnlyList<string> Keywords,
    int? Trl, string? TrlEvidence, string IpStatus, string? IpDetails, IReadOnlyList<CodeName> TransferTypes, string PriceMode, long? PriceAmount,
    string LegalCategory, DateTime? PublishedUtc, DateTime? ExpiresUtc)
{
    public static ListingResponse From(PublicListing l, string url, ExchangeReference names) => new(
        l.Code, ExchangeTexts.KindFacet(l.Kind), url, l.Title, l.TitleEn, l.Summary, l.SummaryEn, l.Description, l.DescriptionEn, l.Advantages, l.Applications,
        l.Owner, new(l.ProvinceCode, names.ProvinceName(l.ProvinceCode)),
        [.. new[] { l.PrimaryField }.Concat(l.SecondaryFields).Select(f => new CodeName(f, names.FieldName(f)))], l.Keywords,
        l.Trl, l.TrlEvidence, l.IpStatus, l.IpDetails, [.. l.TransferTypes.Select(t => new CodeName(t, names.TransferName(t)))],
        ExchangeTexts.PriceFacet(l.PriceMode), l.PriceAmount, l.LegalCategory.ToString().ToLowerInvariant(),
        l.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null, l.ExpiresUtc is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : null);
}
