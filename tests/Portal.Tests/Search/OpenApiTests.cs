using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>/openapi/v1.json describes the public JSON API, and only it; docs/api.md documents the same paths.</summary>
public sealed partial class OpenApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Document_answers_200_json_at_openapi_v1()
    {
        var response = await factory.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Search_lists_its_query_parameters_its_response_and_its_problems()
    {
        using var document = await DocumentAsync();
        var search = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");

        Assert.Equal("Search", search.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(search.GetProperty("summary").GetString()));
        var parameters = Parameters(search);
        Assert.Equal(["category", "f.{facet}", "facets", "field", "page", "q", "size", "sort", "type", "year"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.True(parameters["q"].GetProperty("required").GetBoolean());
        Assert.Equal("integer", parameters["page"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("array", parameters["f.{facet}"].GetProperty("schema").GetProperty("type").GetString());
        var responses = search.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("429").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Suggest_lists_its_query_parameter_and_a_problem_response()
    {
        using var document = await DocumentAsync();
        var suggest = document.RootElement.GetProperty("paths").GetProperty("/api/search/suggest").GetProperty("get");

        Assert.Equal("SearchSuggest", suggest.GetProperty("operationId").GetString());
        Assert.Equal(["q"], Parameters(suggest).Keys);
        Assert.True(suggest.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(suggest.GetProperty("responses").GetProperty("429").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Document_holds_only_the_public_api_and_no_personal_data()
    {
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var json = await client.GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(json);

        Assert.All(document.RootElement.GetProperty("paths").EnumerateObject(), p => Assert.StartsWith("/api/", p.Name));
        Assert.DoesNotContain("/admin", json);
        Assert.DoesNotContain("@", json);
        Assert.DoesNotContain("localhost", json);
    }

    [Fact]
    public async Task Api_doc_and_openapi_document_list_the_same_paths()
    {
        using var document = await DocumentAsync();
        var inDocument = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var apiDoc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md"));
        var documented = DocumentedGet().Matches(apiDoc).Select(m => m.Groups["path"].Value).ToHashSet();

        Assert.NotEmpty(documented);
        Assert.All(inDocument, path => Assert.Contains(path, apiDoc));
        Assert.All(documented, path => Assert.Contains(path, inDocument));
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/openapi/v1.json"));

    private static Dictionary<string, JsonElement> Parameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>`GET /api/search` or `GET /api/search/suggest?q=`: the path without its query string.</summary>
    [GeneratedRegex(@"GET (?<path>/api/[^\s`?]*)")]
    private static partial Regex DocumentedGet();
}
