using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// One browser context and its page. Every 5xx response and every console or script error seen on the page
/// is recorded; disposing the session fails the test with the list.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> problems = [];
    private readonly List<(string Path, int Status)> expectedErrors = [];

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
            if (message.Type == "error" && !IsExpectedError(message))
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

    /// <summary>
    /// A page that answers an error status on purpose (the 404 and 403 templates): the browser's own "failed to load"
    /// message for it is not a problem. Any other status is.
    /// </summary>
    public void ExpectStatus(string path, int status)
    {
        if (status >= 400)
            expectedErrors.Add((path, status));
    }

    /// <summary>Signs in through the real form at /dang-nhap.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GoAsync("/dang-nhap");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Page.WaitForPageAsync(url => !url.Contains("/dang-nhap"));
    }

    public string[] Problems { get { lock (problems) return [.. problems]; } }

    private void Record(string problem) { lock (problems) problems.Add(problem); }

    private bool IsExpectedError(IConsoleMessage message) => expectedErrors.Any(e =>
        message.Text.Contains($"status of {e.Status}") && (message.Location.Contains(e.Path) || Page.Url.Contains(e.Path)));

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        var found = Problems;
        if (found.Length > 0)
            Assert.Fail("The browser saw errors:\n" + string.Join("\n", found));
    }
}
