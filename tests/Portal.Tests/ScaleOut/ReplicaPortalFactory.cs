using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// The app on PostgreSQL with ConnectionStrings:PostgresReadOnly pointing at a real streaming standby of its
/// database. PostgreSQL only: without PORTAL_TEST_POSTGRES it fails with a clear message (the SQLite stage of
/// ./portal test leaves out Category=PostgresOnly).
/// </summary>
public sealed class ReplicaPortalFactory : PortalFactory
{
    public StandbyServer Standby { get; private set; } = null!;

    public string DatabaseName => new NpgsqlConnectionStringBuilder(Database.PostgresConnection).Database!;

    public override async Task InitializeAsync()
    {
        var server = TestDatabase.PostgresServer
            ?? throw new InvalidOperationException("The read replica tests need PostgreSQL: set PORTAL_TEST_POSTGRES (./portal test does).");
        Database = await TestDatabase.CreateAsync();
        Standby = await StandbyServer.StartAsync(server);
        try
        {
            _ = Server;
        }
        catch
        {
            await Standby.DisposeAsync();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var replica = new NpgsqlConnectionStringBuilder(Standby.ConnectionString(DatabaseName, "portal-replica")) { Pooling = true };
        builder.UseSetting($"ConnectionStrings:{ReadReplica.ConnectionName}", replica.ConnectionString);
    }

    public ReadReplica Replica => Services.GetRequiredService<ReadReplica>();

    /// <summary>Waits until the app would read the standby (it has replayed every change the app knows of).</summary>
    public async Task WaitUntilCaughtUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Replica.IsCaughtUp())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The standby did not catch up with the primary within 20 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Empties the public output cache, so the next request renders (and reads the database).</summary>
    public Task EvictPagesAsync() => Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, default).AsTask();

    protected override async ValueTask DisposeServersAsync()
    {
        if (Standby is not null)
            await Standby.DisposeAsync();
    }
}
