using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real app over its own database (SQLite file or PostgreSQL), migrated and loaded with the test recipe.
/// One per test class (IClassFixture); nothing is shared between classes.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.vn";
    public const string AdminPassword = "Admin-Password-1";
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        [AdminEmail] = AdminPassword,
        ["chief@test.vn"] = "Chief-Password-1",
        ["editor@test.vn"] = "Editor-Password-1",
        ["moderator@test.vn"] = "Moderator-Password-1",
        ["member@test.vn"] = "Member-Password-1",
    };

    public TestDatabase Database { get; protected set; } = null!;

    protected virtual string RecipePath => Path.Combine(AppContext.BaseDirectory, "Recipes", "test.json");

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _ = Server; // start now, so migrations and the recipe run before the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Database.Settings())
            builder.UseSetting(key, value);
        builder.UseSetting("Portal:Recipe", RecipePath);
        builder.UseSetting("PORTAL_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("PORTAL_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Content:SchedulerInterval", "01:00:00");
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    /// <summary>The item's current concurrency stamp, as the next workflow call needs it.</summary>
    public async Task<Guid> StampAsync(string id)
    {
        await using var scope = Scope();
        return Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).Single();
    }

    /// <summary>Creates an item and publishes it through the real workflow (ContentManager); returns its id.</summary>
    public async Task<string> PublishAsync(string type, ContentDraft draft, Actor? actor = null)
    {
        await using var scope = Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var (created, id) = await manager.CreateAsync(type, "vi", draft, actor ?? Actor.System);
        Assert.True(created.Succeeded, created.Error);
        var published = await manager.PublishAsync(id!, await StampAsync(id!), actor ?? Actor.System);
        Assert.True(published.Succeeded, published.Error);
        return id!;
    }

    public async Task<string> SlugAsync(string id)
    {
        await using var scope = Scope();
        return Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Slug).Single();
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        var token = await AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Passwords[email],
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return FormValue(html, "__RequestVerificationToken");
    }

    public static string FormValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
            match = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No form value {name}");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
