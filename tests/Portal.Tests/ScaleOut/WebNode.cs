using Microsoft.AspNetCore.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// One web node of a test's own small cluster: its own host, data folder (so its own keys/ and mail/) and clock, on a
/// database, a media folder and settings (Redis…) shared with the other nodes. The cluster owns the database.
/// </summary>
public sealed class WebNode(TestDatabase database, string dataFolder, IReadOnlyDictionary<string, string> settings) : PortalFactory
{
    public string DataFolder => dataFolder;

    public override Task InitializeAsync()
    {
        Database = database;
        Directory.CreateDirectory(dataFolder);
        _ = Server;
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PORTAL_DATA", dataFolder);
        if (database.PostgresConnection is null)
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(database.DataFolder, "portal.db")}");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }
}

/// <summary>Nodes A and B on one database and one media folder; A starts first (migrations, the test recipe), then B.</summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly TestDatabase database;

    private TwoNodes(TestDatabase database, WebNode a, WebNode b) => (this.database, A, B) = (database, a, b);

    public WebNode A { get; }
    public WebNode B { get; }

    /// <param name="forDatabase">Settings that name the database made here (a read replica's connection string).</param>
    public static async Task<TwoNodes> StartAsync(IReadOnlyDictionary<string, string>? settings = null,
        Func<TestDatabase, IReadOnlyDictionary<string, string>>? forDatabase = null)
    {
        var database = await TestDatabase.CreateAsync();
        var shared = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Media:Folder"] = Path.Combine(database.DataFolder, "shared-media"),
        };
        foreach (var (key, value) in forDatabase?.Invoke(database) ?? new Dictionary<string, string>())
            shared[key] = value;
        var a = new WebNode(database, Path.Combine(database.DataFolder, "node-a"), shared);
        await a.InitializeAsync();
        var b = new WebNode(database, Path.Combine(database.DataFolder, "node-b"), shared);
        await b.InitializeAsync();
        return new TwoNodes(database, a, b);
    }

    /// <summary>A settings dictionary with a Redis of the test's own (a fresh key prefix).</summary>
    public static Dictionary<string, string> WithRedis() => new()
    {
        ["ConnectionStrings:Redis"] = TestRedis.Server,
        ["Redis:InstanceName"] = TestRedis.NewPrefix(),
    };

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>A class fixture: two nodes without Redis (each keeps its pages and settings in its own memory).</summary>
public class NodePair : IAsyncLifetime
{
    public TwoNodes Nodes { get; private set; } = null!;
    public WebNode A => Nodes.A;
    public WebNode B => Nodes.B;

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync() => Nodes = await TwoNodes.StartAsync(Settings);

    public async Task DisposeAsync() => await Nodes.DisposeAsync();
}

/// <summary>Two nodes sharing one Redis (the test server, under a key prefix of their own) for the output cache.</summary>
public sealed class RedisNodePair : NodePair
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = TwoNodes.WithRedis();
}
