using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>
/// The embedded database survives the process being killed (SIGKILL) in the middle of writes: the real app runs as
/// its own process, two writers create and publish items over HTTP, the process is killed at random moments several
/// times and restarted; every write the app acknowledged is there, the file passes integrity_check and search
/// finds every published item. SQLite only: it is the embedded engine's promise (PostgreSQL keeps its own).
/// </summary>
[Trait("Category", "SqliteOnly")]
public sealed class DurabilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rounds = 4;
    private readonly string data = Path.Combine(Path.GetTempPath(), "portal-durability", Guid.NewGuid().ToString("N"));
    private readonly int port = FreePort();
    private Process? app;
    private volatile bool killing;

    private sealed record Written(string Id, string Token, bool Published);

    [Fact]
    public async Task Every_acknowledged_write_survives_repeated_SIGKILL_and_the_database_stays_sound()
    {
        var written = new List<Written>();
        var random = new Random(20261130);
        for (var round = 0; round < Rounds; round++)
        {
            await StartAsync();
            killing = false;
            var warm = Enumerable.Range(0, 2).Select(_ => new TaskCompletionSource()).ToArray();
            var writers = Enumerable.Range(0, 2).Select(w => WriteUntilKilledAsync($"r{round}w{w}", warm[w])).ToArray();
            // Kill once both writers are in full flow, at a random moment of it: some request is always in flight.
            await Task.WhenAny(Task.WhenAll(warm.Select(w => w.Task)), Task.WhenAll(writers)).WaitAsync(TimeSpan.FromSeconds(180));
            await Task.Delay(random.Next(100, 1_500));
            killing = true;
            app!.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await app.WaitForExitAsync();
            foreach (var writer in writers)
                written.AddRange(await writer);
        }

        await StartAsync();
        var admin = await SignedInAsync();
        var visitor = Client();
        output.WriteLine($"{written.Count} acknowledged writes, {written.Count(w => w.Published)} published, over {Rounds} kills");
        Assert.True(written.Count(w => w.Published) >= Rounds, "too few writes were acknowledged to prove anything");
        foreach (var item in written)
            Assert.True((await admin.GetAsync($"/admin/noi-dung/{item.Id}")).StatusCode == HttpStatusCode.OK, $"acknowledged item {item.Id} is lost");
        foreach (var item in written.Where(w => w.Published))
            Assert.True(await FoundAsync(visitor, item.Token), $"published item {item.Token} is not found by search");

        app!.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "portal.db")}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await check.ExecuteScalarAsync());
    }

    /// <summary>Creates and publishes items until the process dies; returns what the app acknowledged.</summary>
    private async Task<List<Written>> WriteUntilKilledAsync(string name, TaskCompletionSource warm)
    {
        var acknowledged = new List<Written>();
        var client = await SignedInAsync();
        var parser = new HtmlParser();
        try
        {
            for (var n = 0; ; n++)
            {
                var token = $"benvung{name}n{n}x{Guid.NewGuid():N}"[..40];
                var form = await parser.ParseDocumentAsync(await client.GetStringAsync("/admin/noi-dung/tao/news"));
                var created = await client.PostAsync("/admin/noi-dung/tao/news", Fields(form, ("Input.Title", $"Tin bền vững {token}"), ("Input.Summary", "Tóm tắt."), ("Input.Body", $"Nội dung {token}.")));
                if (created.StatusCode != HttpStatusCode.Redirect)
                    continue;
                var id = created.Headers.Location!.OriginalString.Split('/').Last();
                acknowledged.Add(new Written(id, token, false));
                var edit = await parser.ParseDocumentAsync(await client.GetStringAsync($"/admin/noi-dung/{id}"));
                var published = await client.PostAsync($"/admin/noi-dung/{id}?handler=Publish", Fields(edit));
                if (published.StatusCode == HttpStatusCode.Redirect)
                {
                    acknowledged[^1] = acknowledged[^1] with { Published = true };
                    warm.TrySetResult();
                }
            }
        }
        catch (Exception e) when (killing && e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The process was killed under this request: it was never acknowledged. (Before the kill, any
            // failure is the test's to report, so it is not caught.)
        }
        return acknowledged;
    }

    private static FormUrlEncodedContent Fields(IHtmlDocument page, params (string Name, string Value)[] values)
    {
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().First(f => f.Method == "post");
        var fields = form.Elements.Where(e => e.GetAttribute("name") is { Length: > 0 } && e.GetAttribute("type") is not ("submit" or "checkbox" or "file"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e is IHtmlTextAreaElement area ? area.Value : e is IHtmlSelectElement select ? select.Value ?? "" : e.GetAttribute("value") ?? ""))
            .Where(f => values.All(v => v.Name != f.Key));
        return new FormUrlEncodedContent(fields.Concat(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))));
    }

    private static async Task<bool> FoundAsync(HttpClient visitor, string token)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if ((await visitor.GetStringAsync($"/api/search?q={token}")).Contains(token))
                return true;
            await Task.Delay(500);
        }
        return false;
    }

    private async Task StartAsync()
    {
        var root = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(root, "Portal.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["PORTAL_DATA"] = data;
        start.Environment["Portal__Recipe"] = Path.Combine(root, "Recipes", "test.json");
        start.Environment["PORTAL_ADMIN_EMAIL"] = PortalFactory.AdminEmail;
        start.Environment["PORTAL_ADMIN_PASSWORD"] = PortalFactory.AdminPassword;
        start.Environment["Search__PollInterval"] = "00:00:01";
        start.Environment["Portal__Accounts__RequireTwoFactorFor"] = ""; // the writer signs in with a password only
        foreach (var limit in Portal.Modules.Infrastructure.Web.RateLimits.Names)
            start.Environment[$"Portal__RateLimits__{limit}__Permits"] = "1000000";
        app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        var client = Client();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { }
            if (app.HasExited)
                throw new InvalidOperationException($"the app exited with {app.ExitCode}");
            await Task.Delay(250);
        }
        throw new TimeoutException("the app did not become ready in 60 s");
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(120),
    };

    private async Task<HttpClient> SignedInAsync()
    {
        var client = Client();
        var token = await PortalFactory.AntiforgeryTokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = PortalFactory.AdminEmail, ["Input.Password"] = PortalFactory.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is { HasExited: false })
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }
}
