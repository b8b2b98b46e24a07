using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;

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
        ["member2@test.vn"] = "Member2-Password-1",
    };

    public TestDatabase Database { get; protected set; } = null!;

    /// <summary>The app's only clock; it starts just after midnight in Vietnam (17:00:30 UTC).</summary>
    public TestClock Clock { get; } = new(TestClock.JustAfterVietnamMidnight());

    protected virtual bool KeepRateLimits => false;

    /// <summary>
    /// Roles that must sign in with two-factor (Portal:Accounts:RequireTwoFactorFor). None here: the many tests that
    /// sign in as the recipe's administrator and editor-in-chief with a password alone keep working. TwoFactorTests
    /// return null, which leaves the app's default (Administrator, EditorInChief) in force.
    /// </summary>
    protected virtual string? RequireTwoFactorFor => "";

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
        if (RequireTwoFactorFor is { } roles)
            builder.UseSetting("Portal:Accounts:RequireTwoFactorFor", roles);
        // Every test client comes from one address: only RateLimitTests keep the real limits.
        if (!KeepRateLimits)
            foreach (var name in RateLimits.Names)
                builder.UseSetting($"Portal:RateLimits:{name}:Permits", "1000000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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

    /// <summary>
    /// A client that signs in and then sends its cookies as a plain header (no cookie jar), as an attacker
    /// replaying a copied cookie would: nothing the server later sets or clears changes what it sends.
    /// </summary>
    public async Task<HttpClient> CookieClientAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.GetAsync("/dang-nhap");
        var cookies = SetCookies(login);
        var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = FormValue(await login.Content.ReadAsStringAsync(), "__RequestVerificationToken"),
            }),
        };
        request.Headers.Add("Cookie", CookieHeader(cookies));
        var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        foreach (var (name, value) in SetCookies(response))
            cookies[name] = value;
        client.DefaultRequestHeaders.Add("Cookie", CookieHeader(cookies));
        return client;
    }

    private static Dictionary<string, string> SetCookies(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(p => p.Length == 2 && p[1].Length > 0)
            .ToDictionary(p => p[0], p => p[1]);

    private static string CookieHeader(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

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
        await DisposeServersAsync();
        await Database.DisposeAsync();
    }

    /// <summary>What a derived fixture started besides the app (a standby server), stopped before the database is dropped.</summary>
    protected virtual ValueTask DisposeServersAsync() => ValueTask.CompletedTask;
}
