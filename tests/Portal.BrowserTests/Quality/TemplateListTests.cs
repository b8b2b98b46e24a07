using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Quality;

/// <summary>
/// Every public Razor page of the app has a row in public-templates.json, so a template added later cannot
/// slip past the accessibility, HTML, 320 px and Lighthouse gates.
/// </summary>
public sealed class TemplateListTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>Public pages the gates reach another way, and why.</summary>
    private static readonly Dictionary<string, string> CoveredElsewhere = new()
    {
        ["/loi/{code:int?}"] = "the error template: every 404 re-executes it, and \"Trang 404\" is in the list",
        ["/dang-xuat"] = "sign-out only answers the POST of the header's sign-out button; it has no page",
        // Staff pages of the sign-in itself: they exist only for a password already accepted or a signed-in
        // account, so an anonymous visit is sent back to /dang-nhap (in the list); TwoFactorTests drive them.
        ["/dang-nhap/ma-xac-thuc"] = "the second sign-in step: anonymous visitors are sent to /dang-nhap",
        ["/dang-nhap/ma-khoi-phuc"] = "the recovery-code step: anonymous visitors are sent to /dang-nhap",
        ["/tai-khoan/xac-thuc-hai-buoc"] = "two-factor enrolment of a signed-in account: anonymous visitors are sent to /dang-nhap",
        // The exchange's member pages (a member's own listings and its form): ListingFlowTests drive them signed in.
        ["/tai-khoan/tin-cong-nghe"] = "a member's own listings: anonymous visitors are sent to /dang-nhap",
        ["/tai-khoan/tin-cong-nghe/{id:regex(^(moi|[0-9]{{1,9}})$)}"] = "a member's listing form: anonymous visitors are sent to /dang-nhap",
        // Expressions of interest: a signed-in member's pages; Exchange/InterestFlowTests drive them over HTTP.
        ["/tai-khoan/quan-tam"] = "a member's sent and received interests: anonymous visitors are sent to /dang-nhap",
        ["/tai-khoan/quan-tam/moi"] = "the interest form: anonymous visitors are sent to /dang-nhap",
        ["/tai-khoan/quan-tam/{id:int}"] = "one interest and its introduction: anonymous visitors are sent to /dang-nhap",
        // Saved searches of the signed-in account's address: Exchange/SavedSearchTests drive it over HTTP.
        ["/tai-khoan/theo-doi"] = "a member's saved searches: anonymous visitors are sent to /dang-nhap",
        // The expert's own profile (self-registration, edits for moderation): Experts/ExpertSelfServiceTests drive it over HTTP.
        ["/tai-khoan/ho-so-chuyen-gia"] = "an account's own expert profile: anonymous visitors are sent to /dang-nhap",
        // Consultation requests of the signed-in account (asked and received): Experts/ConsultationTests drive them.
        ["/tai-khoan/tu-van"] = "a member's consultation requests: anonymous visitors are sent to /dang-nhap",
        ["/tai-khoan/tu-van/{id:int}"] = "one consultation request, answered there by its expert: anonymous visitors are sent to /dang-nhap",
        // An expert's own data-subject rights: Experts/ExpertRightsTests drive it signed in.
        ["/tai-khoan/du-lieu-ca-nhan"] = "an expert's own data (download, consents, erasure): anonymous visitors are sent to /dang-nhap",
        // An editor's secret iCal feed: text/calendar behind a token, no HTML; Plans/Calendar/PlanIcsFeedTests drive it.
        ["/lich/{token}.ics"] = "an editor's calendar feed (text/calendar behind a secret token): no page to audit",
    };

    [Fact]
    public void Every_public_page_is_in_the_quality_gate_list()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern)
            .Where(p => !IsAdmin(Raw(p)))
            .DistinctBy(Raw)
            .ToList();
        Assert.NotEmpty(routes);

        var served = PublicTemplates.All.Select(t => BestRoute(routes, t.Path.Split('?')[0]) is { } r ? Raw(r) : null).ToHashSet();
        var missing = routes.Select(Raw)
            .Where(raw => !served.Contains(raw) && !CoveredElsewhere.ContainsKey(raw))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Public pages missing from tests/Portal.BrowserTests/public-templates.json "
            + "(add one line each, with a path the test recipe serves):\n" + string.Join("\n", missing.Select(m => "- " + m)));
        Assert.All(CoveredElsewhere.Keys, raw => Assert.Contains(raw, routes.Select(Raw)));
    }

    /// <summary>The route as written in its @page directive, with one leading slash.</summary>
    private static string Raw(RoutePattern route) => "/" + (route.RawText ?? "").TrimStart('/');

    private static bool IsAdmin(string raw) => raw == "/admin" || raw.StartsWith("/admin/", StringComparison.Ordinal);

    /// <summary>
    /// The route a path lands on: of the patterns whose shape it fits, the one with the most literal segments, then
    /// the most regex-constrained parameters (routing's precedence: /san-cong-nghe/{kind:regex(…)} before {code}).
    /// </summary>
    private static RoutePattern? BestRoute(IEnumerable<RoutePattern> routes, string path) => routes
        .Where(r => Shape(r).IsMatch(path))
        .OrderByDescending(r => r.PathSegments.Count(s => s.IsSimple && s.Parts[0].IsLiteral))
        .ThenByDescending(r => r.Parameters.Count(p => RegexOf(p) is not null))
        .FirstOrDefault();

    /// <summary>The pattern of a parameter's regex constraint, without its anchors; null when it has none.</summary>
    private static string? RegexOf(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault(c => c is not null && c.StartsWith("regex(", StringComparison.Ordinal) && c.EndsWith(')'))
            is { } content ? content["regex(".Length..^1].TrimStart('^').TrimEnd('$') : null;

    private static Regex Shape(RoutePattern route)
    {
        var segments = route.PathSegments.Select(s => s.IsSimple && s.Parts[0] is RoutePatternParameterPart { IsOptional: true }
            ? "(?:/[^/]+)?"
            : "/" + string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
                RoutePatternParameterPart parameter when RegexOf(parameter) is { } pattern => $"(?:{pattern})",
                _ => "[^/]+",
            })));
        var body = string.Concat(segments);
        return new Regex("^" + (body.Length == 0 ? "/" : body) + "/?$", RegexOptions.CultureInvariant);
    }
}
