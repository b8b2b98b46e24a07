using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// One browser context and its page. Every 5xx response and every console or script error seen on the page
/// is recorded; disposing the session fails the test with the list.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> problems = [];
    private readonly HashSet<string> expectedNotFound = new(StringComparer.OrdinalIgnoreCase);

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                Record($"server error {response.Status} for {response.Url}");
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedNotFound(message))
                Record($"console error on {page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"script error on {page.Url}: {error}");
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>Opens a path and returns the main response (never null for a normal navigation).</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException($"No response for {path}");
    }

    /// <summary>A page that must answer 404 (the 404 template): its own "failed to load" message is not an error.</summary>
    public void ExpectNotFound(string path) => expectedNotFound.Add(path);

    /// <summary>Signs in through the real form at /dang-nhap.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GoAsync("/dang-nhap");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/dang-nhap"));
    }

    public string[] Problems { get { lock (problems) return [.. problems]; } }

    private void Record(string problem) { lock (problems) problems.Add(problem); }

    private bool IsExpectedNotFound(IConsoleMessage message) =>
        message.Text.Contains("404") && expectedNotFound.Any(path => message.Location.Contains(path) || Page.Url.Contains(path));

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        var found = Problems;
        if (found.Length > 0)
            Assert.Fail("The browser saw errors:\n" + string.Join("\n", found));
    }
}
