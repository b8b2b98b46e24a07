using System.Net;
using System.Reflection;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// Sends the hostile corpus (HostileInput) to every GET route of the routing table and to every POST form a
/// visitor of each role can reach, and fails on any 5xx, naming the route and the payload. Routes, query keys and
/// forms are discovered from the running app, so a new page or filter is swept without editing this test. Each
/// role gets its own app: a sweep posts real forms and must not change what another sweep sees.
/// </summary>
public sealed class HostileInputSweepTests(ITestOutputHelper output)
{
    /// <summary>Kestrel's request line is 8 KB (414 beyond), so a URL carries a payload cut to this length.</summary>
    private const int UrlPayloadLength = 2_000;

    private static readonly string[] NotPosted = ["/dang-xuat"];

    [Theory]
    [InlineData(null)]
    [InlineData("editor@test.vn")]
    [InlineData(PortalFactory.AdminEmail)]
    public async Task No_GET_route_answers_a_hostile_input_with_a_server_error(string? email)
    {
        await using var app = await StartAsync();
        var client = await ClientAsync(app, email);
        var keysByTemplate = QueryKeysByRoute();
        // Endpoints that are not pages read the query themselves: they get every key any page binds, and those read by hand.
        var allKeys = keysByTemplate.Values.SelectMany(k => k).Concat(["q", "page", "size", "type", "category", "field", "year", "sort", "series", "w", "sig"]).Distinct().ToArray();
        var failures = new List<string>();
        var sent = 0;

        foreach (var route in GetRoutes(app))
        {
            var keys = keysByTemplate.TryGetValue(route.RawText!.TrimStart('/'), out var own) ? own : allKeys;
            foreach (var payload in HostileInput.Corpus.Where(p => !p.FormsOnly))
            {
                var value = Shorten(payload.Encoded);
                // A NUL in the path never reaches the app (Kestrel answers 400 itself); in the query it does.
                var url = Fill(route, value.Replace("%00", "")) + (keys.Length == 0 ? "" : "?" + string.Join('&', keys.Select(k => Uri.EscapeDataString(k) + "=" + value)));
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a guard against hanging, not a timing
                var response = await client.GetAsync(url, cancel.Token);
                sent++;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"GET {route.RawText} with {payload.Name}: {(int)response.StatusCode}");
            }
        }

        output.WriteLine($"{sent} GET requests as {email ?? "anonymous"}");
        Assert.True(sent > 100, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("editor@test.vn")]
    [InlineData(PortalFactory.AdminEmail)]
    public async Task No_form_answers_a_hostile_input_with_a_server_error(string? email)
    {
        await using var app = await StartAsync();
        var client = await ClientAsync(app, email);
        var forms = await FormsAsync(client, email is null ? ["/", "/dang-nhap", "/dang-ky"] : ["/admin", "/"]);
        var failures = new List<string>();
        var sent = 0;

        foreach (var form in forms)
        {
            foreach (var payload in HostileInput.Corpus)
            {
                // Once with every field a person types into, once with the hidden fields tampered with.
                foreach (var tamperHidden in new[] { false, true })
                {
                    if (tamperHidden && !form.Fields.Any(f => f.Hidden))
                        continue;
                    var fields = form.Fields.Select(f => (f.Name, f.Hidden == tamperHidden ? payload.Encoded : Uri.EscapeDataString(f.Value)));
                    using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a guard against hanging, not a timing
                    var response = await client.PostAsync(form.Action, HostileInput.Form(fields.Append(("__RequestVerificationToken", Uri.EscapeDataString(form.Token)))), cancel.Token);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"POST {form.Action} (form on {form.Page}) with {payload.Name} in {(tamperHidden ? "hidden" : "visible")} fields: {(int)response.StatusCode}");
                }
            }
        }

        output.WriteLine($"{forms.Count} forms, {sent} POST requests as {email ?? "anonymous"}: {string.Join(", ", forms.Select(f => f.Action))}");
        Assert.True(forms.Count >= (email is null ? 2 : 5), $"only {forms.Count} forms were found");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    private static async Task<PortalFactory> StartAsync()
    {
        var app = new PortalFactory();
        await ((IAsyncLifetime)app).InitializeAsync();
        return app;
    }

    private static async Task<HttpClient> ClientAsync(PortalFactory app, string? email)
    {
        return email is null ? app.Anonymous() : await app.SignedInAsync(email);
    }

    private static string Shorten(string encoded)
    {
        if (encoded.Length <= UrlPayloadLength)
            return encoded;
        var cut = encoded[..UrlPayloadLength];
        var escape = cut.LastIndexOf('%');
        return escape > cut.Length - 3 ? cut[..escape] : cut; // never split a %XX escape
    }

    private static IEnumerable<RoutePattern> GetRoutes(PortalFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is not null)
            .DistinctBy(p => p.RawText);

    private static string Fill(RoutePattern route, string value) =>
        "/" + string.Join('/', route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart => value,
            _ => "",
        }))));

    /// <summary>Each page's route template with the query keys its model binds.</summary>
    private static Dictionary<string, string[]> QueryKeysByRoute()
    {
        var pages = typeof(Portal.Modules.Site.ErrorModel).Assembly;
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in pages.GetTypes())
        {
            var template = type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(a => a.Key == "RouteTemplate")?.Value;
            var model = type.GetProperty("Model")?.PropertyType;
            if (template is not null && model is not null && typeof(PageModel).IsAssignableFrom(model))
                result[template.TrimStart('/')] = HostileInput.QueryKeysOf(model);
        }
        return result;
    }

    private sealed record Field(string Name, string Value, bool Hidden);

    private sealed record Form(string Page, string Action, string Token, IReadOnlyList<Field> Fields);

    /// <summary>Every POST form on the pages reachable from the start pages (bounded), once per action and field set.</summary>
    private static async Task<List<Form>> FormsAsync(HttpClient client, string[] start)
    {
        var parser = new HtmlParser();
        var seen = new HashSet<string>(start);
        var queue = new Queue<string>(start);
        var forms = new Dictionary<string, Form>();
        var visited = 0;
        while (queue.Count > 0 && visited < 400)
        {
            var path = queue.Dequeue();
            visited++;
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (link.StartsWith('/') && !link.StartsWith("//") && !link.StartsWith("/media/") && seen.Count < 2_000 && seen.Add(link.Split('#')[0]))
                    queue.Enqueue(link.Split('#')[0]);
            foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)))
            {
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
                if (NotPosted.Any(n => action.StartsWith(n, StringComparison.OrdinalIgnoreCase)) || !action.StartsWith('/'))
                    continue;
                var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
                var fields = form.Elements.OfType<AngleSharp.Dom.IElement>()
                    .Where(e => e.GetAttribute("name") is { Length: > 0 } name && name != "__RequestVerificationToken" && e.GetAttribute("type") is not ("file" or "submit"))
                    .Select(e => new Field(e.GetAttribute("name")!, e is IHtmlTextAreaElement area ? area.Value : e.GetAttribute("value") ?? "", e.GetAttribute("type") == "hidden"))
                    .DistinctBy(f => f.Name).ToList();
                forms.TryAdd(action.Split('?')[0] + "|" + string.Join(',', fields.Select(f => f.Name).Order()), new Form(path, action, token, fields));
            }
        }
        return [.. forms.Values];
    }
}
