using System.Diagnostics;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Mail;
using Xunit.Abstractions;

namespace Portal.ClusterTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>
/// A cluster of its own for the test that kills node A: a node killed mid-job keeps that job's lease until it runs
/// out (5 minutes), which would hold up the job tests of a shared cluster.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NodeFailureCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster, node failure";
}

/// <summary>
/// Production in miniature, all on loopback and started once for every test of the collection: two app processes
/// (Portal.Web.dll) on one fresh PostgreSQL database and one Redis of the cluster's own, one shared media folder,
/// a loopback SMTP server, and the Debian nginx with deploy/nginx/portal.conf in front. Both nodes start at once
/// on the empty database (one of them migrates and loads the test recipe, the other waits and finds it done). Everything is killed and removed at the end, pass or fail.
/// Tests make their own data (unique slugs and addresses) and leave the cluster as they found it.
/// </summary>
public sealed class ClusterFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string AdminEmail = "admin@cluster.test";
    public const string AdminPassword = "Cluster-Admin-Password-1";
    public const string ChiefEmail = "chief@test.vn";
    public const string ChiefPassword = "Chief-Password-1";
    public const string EditorEmail = "editor@test.vn";
    public const string EditorPassword = "Editor-Password-1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-cluster-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string signingKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
    private ClusterDatabase? database;
    private ClusterRedis? redis;
    private ClusterNginx? nginx;
    private PortalNode? nodeA;
    private PortalNode? nodeB;

    internal ClusterDatabase Database => database!;
    internal ClusterRedis Redis => redis!;
    internal ClusterNginx Nginx => nginx!;
    internal PortalNode NodeA => nodeA!;
    internal PortalNode NodeB => nodeB!;
    internal LoopbackSmtpServer Smtp { get; } = new();

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        try
        {
            database = await ClusterDatabase.CreateAsync();
            redis = new ClusterRedis(Path.Combine(folder, "redis"));
            await redis.StartAsync();
            var (portA, portB) = (Loopback.FreePort(), Loopback.FreePort());
            nginx = new ClusterNginx(Path.Combine(folder, "nginx"));
            await nginx.StartAsync(portA, portB);
            var services = clock.Elapsed;
            // Both at once on the empty database, as a deployment restarting every node would: the migrations, the
            // first administrator and the recipe must still be made once (EF's migration lock, PortalStartup's).
            nodeA = new PortalNode("node-a", portA, folder, Environment("node-a"));
            nodeB = new PortalNode("node-b", portB, folder, Environment("node-b"));
            var started = await Task.WhenAll(nodeA.StartAsync(StartTimeout), nodeB.StartAsync(StartTimeout));
            var (a, b) = (started[0], started[1]);
            diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(
                $"Cluster started: database, Redis, nginx {services.TotalSeconds:0.0} s; node A {a.TotalSeconds:0.0} s; node B {b.TotalSeconds:0.0} s"));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>What a systemd unit would put in a node's environment (docs/operations.md), with fast job intervals.</summary>
    private Dictionary<string, string> Environment(string node)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            ["MALLOC_ARENA_MAX"] = "2",
            ["PORTAL_DATA"] = Path.Combine(folder, node),
            ["Media__Folder"] = Path.Combine(folder, "media"),
            ["Media__SigningKey"] = signingKey,
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = Database.ConnectionString,
            ["ConnectionStrings__Redis"] = Redis.ConnectionString,
            ["Portal__PublicUrl"] = Nginx.Address.ToString().TrimEnd('/'),
            ["Portal__Recipe"] = Path.Combine(AppContext.BaseDirectory, "Recipes", "test.json"),
            ["Portal__Accounts__RequireTwoFactorFor"] = "Administrator",
            ["PORTAL_ADMIN_EMAIL"] = AdminEmail,
            ["PORTAL_ADMIN_PASSWORD"] = AdminPassword,
            ["Mail__SmtpHost"] = "127.0.0.1",
            ["Mail__SmtpPort"] = Smtp.Port.ToString(),
            ["Mail__SmtpSecurity"] = "None",
            ["Mail__Interval"] = "00:00:01",
            ["Content__SchedulerInterval"] = "00:00:01",
            ["Jobs__PollInterval"] = "00:00:01",
        };
        // Every request reaches the nodes from nginx on 127.0.0.1: one client address for the whole run.
        foreach (var name in RateLimits.Names)
            environment[$"Portal__RateLimits__{name}__Permits"] = "1000000";
        return environment;
    }

    /// <summary>Waits until both nodes serve the home page from the output cache again (after Redis came back).</summary>
    internal async Task WaitUntilCachingAsync()
    {
        using var visitor = Visitor();
        foreach (var node in new[] { NodeA, NodeB })
        {
            var client = visitor.At(node.Address);
            if (!await Loopback.WaitUntilAsync(async () => (await client.GetAsync("/")).Headers.Age is not null, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(250)))
                throw new InvalidOperationException($"{node.Name} does not cache pages again 30 s after Redis came back:\n{Loopback.Tail(node.LogPath)}");
        }
    }

    /// <summary>A visitor of the site: one cookie jar for the nodes and nginx (cookies go by host, not port).</summary>
    internal Visitor Visitor() => new();

    public async Task DisposeAsync()
    {
        nodeA?.Dispose();
        nodeB?.Dispose();
        nginx?.Dispose();
        redis?.Dispose();
        Smtp.Dispose();
        if (database is not null)
        {
            try { await database.DisposeAsync(); }
            catch (Npgsql.NpgsqlException) { }
        }
        if (System.Environment.GetEnvironmentVariable("PORTAL_CLUSTER_KEEP") is not { Length: > 0 })
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
