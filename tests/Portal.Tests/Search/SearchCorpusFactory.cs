using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>
/// The app loaded with the search corpus (127 Vietnamese S&amp;T news items) and an extra content type that the
/// search module knows nothing about, caught up before the first test.
/// </summary>
public sealed class SearchCorpusFactory : PortalFactory
{
    public const string UnknownType = "test-festival";
    /// <summary>The PDF the corpus's media step loads: a document needs a file before it is published.</summary>
    public const string DocumentFileId = "5ea4c000000000000000000000000001";

    protected override string RecipePath => Path.Combine(AppContext.BaseDirectory, "Search", "search-corpus.json");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddContentType(new ContentTypeDefinition(UnknownType, "Lễ hội thử nghiệm", "/le-hoi-thu")));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CatchUpAsync();
    }

    public async Task CatchUpAsync()
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
    }

    public async Task<SearchResults> SearchAsync(string text, string? type = null)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ISearchIndex>().SearchAsync(new SearchRequest(text, type, Size: 10));
    }

    /// <summary>Creates and publishes an item through the real workflow; returns its id.</summary>
    public Task<string> PublishAsync(string title, string body, string type = "news", string? fieldsJson = null) =>
        PublishAsync(type, new ContentDraft(title, null, "", body, fieldsJson ?? "{}"));

    /// <summary>Creates and publishes a news item with a lead and a date, then brings the index up to date; returns its id.</summary>
    public async Task<string> PublishNewsAsync(string title, string summary, string body, DateTime? date = null)
    {
        var id = await PublishAsync("news", new ContentDraft(title, null, summary, body, "{}", date));
        await CatchUpAsync();
        return id;
    }
}
