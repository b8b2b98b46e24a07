using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// Waiting for the page a click or a key led to. Playwright's WaitForURLAsync, when the new URL is already committed,
/// waits for the "load" event by subscribing after checking its list of load states; on a busy machine the event can
/// slip between the two and the wait then runs out (seen once in CI). This polls instead: first the URL, then the new
/// document's readyState, so an event that already happened cannot be missed.
/// </summary>
public static class PageNavigation
{
    private static TimeSpan Limit => BrowserFixture.StepLimit;

    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The page stayed at {page.Url} for {Limit.TotalSeconds:0} s.");
            await Task.Delay(25);
        }
        while (await ReadyStateAsync(page) != "complete")
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{page.Url} did not finish loading within {Limit.TotalSeconds:0} s.");
            await Task.Delay(25);
        }
    }

    private static async Task<string?> ReadyStateAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => document.readyState");
        }
        catch (PlaywrightException)
        {
            return null; // the document changed while asking; ask the next one
        }
    }
}
