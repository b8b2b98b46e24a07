using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// The optional PostgreSQL streaming standby (ConnectionStrings:PostgresReadOnly) and when it may be read. A change
/// evicts the shared output cache at once; a render that then read a standby still behind would put the old page
/// back. So the standby is read only when it has replayed the primary's WAL up to the position of the last change
/// this node knows of (<see cref="NoteChangeAsync"/>: its own saves, and other nodes' as the change follower sees
/// them); otherwise the primary answers. The standby's position is probed in the background at most every
/// <see cref="ProbeEvery"/>, never on a request's path; an unreachable standby is left alone for <see cref="RetryAfter"/>.
/// </summary>
public sealed class ReadReplica
{
    public const string ConnectionName = "PostgresReadOnly";
    public static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // WAL positions as byte offsets: pg_lsn minus '0/0'.
    private const string ReplayedSql = "SELECT CASE WHEN pg_is_in_recovery() THEN (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint END";
    private const string CurrentSql = "SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint";

    private readonly string? primary;
    private readonly string? replica;
    private readonly DbContextOptions<PostgresPortalDbContext>? options;
    private readonly ILogger<ReadReplica> logger;
    private readonly Func<PortalMetrics?> metrics;

    private long required;      // the primary's WAL position at the last change known here; 0 = not read yet
    private long replayed = -1; // the standby's replay position at the last probe; -1 = unknown or unusable
    private long probedAt;      // Stopwatch timestamp of the last probe's start
    private long downSince;     // Stopwatch timestamp; 0 = not down
    private int probing;

    internal ReadReplica(string? primary, string? replica, ILoggerFactory loggers, Func<PortalMetrics?> metrics)
    {
        this.primary = primary;
        this.replica = replica;
        logger = loggers.CreateLogger<ReadReplica>();
        this.metrics = metrics;
        if (replica is null)
            return;
        var builder = new DbContextOptionsBuilder<PostgresPortalDbContext>().UseLoggerFactory(loggers)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        DatabaseSetup.ConfigurePostgres(builder, replica);
        options = builder.Options;
    }

    /// <summary>True when a standby is configured (PostgreSQL only).</summary>
    public bool Enabled => replica is not null;

    /// <summary>True when the standby may be read now; starts a background probe when the last one is old.</summary>
    public bool IsCaughtUp()
    {
        if (!Enabled)
            return false;
        var now = Stopwatch.GetTimestamp();
        var down = Interlocked.Read(ref downSince);
        if (down != 0 && Stopwatch.GetElapsedTime(down, now) < RetryAfter)
            return false;
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref probedAt), now) >= ProbeEvery && Interlocked.CompareExchange(ref probing, 1, 0) == 0)
            _ = Task.Run(ProbeAsync);
        var need = Interlocked.Read(ref required);
        return down == 0 && need > 0 && Interlocked.Read(ref replayed) >= need;
    }

    /// <summary>A context on the standby, not tracking; the caller disposes it.</summary>
    public PortalDbContext CreateContext() =>
        new PostgresPortalDbContext(options ?? throw new InvalidOperationException("No read replica is configured."));

    /// <summary>Called after a change committed (here or on another node): later reads wait for the standby to pass it.</summary>
    public async Task NoteChangeAsync(CancellationToken ct)
    {
        if (!Enabled)
            return;
        try
        {
            Raise(ref required, await PositionAsync(primary!, CurrentSql, ct) ?? 0);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // Unknown: the next probe reads the primary's position again, and until then the primary answers.
            Interlocked.Exchange(ref required, 0);
            logger.LogWarning(ex, "The primary's WAL position could not be read after a change; reads stay on the primary until it is");
        }
    }

    /// <summary>A read on the standby failed: the primary answers until <see cref="RetryAfter"/> has passed.</summary>
    public void MarkDown(Exception ex)
    {
        Interlocked.Exchange(ref replayed, -1);
        if (Interlocked.Exchange(ref downSince, Stopwatch.GetTimestamp()) == 0)
            logger.LogWarning(ex, "The read replica is unreachable; the primary answers reads until it is back");
        metrics()?.ReplicaFailed();
        if (replica is not null)
            NpgsqlConnection.ClearPool(new NpgsqlConnection(replica));
    }

    internal void CountRead(bool onReplica) => metrics()?.ReadOn(onReplica);

    private async Task ProbeAsync()
    {
        Interlocked.Exchange(ref probedAt, Stopwatch.GetTimestamp());
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            // Before the standby: its position must be compared with a primary position no older than itself.
            if (Interlocked.Read(ref required) == 0)
                Raise(ref required, await PositionAsync(primary!, CurrentSql, timeout.Token) ?? 0);
            var position = await PositionAsync(replica!, ReplayedSql, timeout.Token)
                ?? throw new InvalidOperationException("ConnectionStrings:PostgresReadOnly is not a streaming standby (pg_is_in_recovery() is false).");
            Interlocked.Exchange(ref replayed, position);
            if (Interlocked.Exchange(ref downSince, 0) != 0)
                logger.LogInformation("The read replica answers again");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            MarkDown(ex);
        }
        finally
        {
            Interlocked.Exchange(ref probing, 0);
        }
    }

    private static async Task<long?> PositionAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 5 };
        return await command.ExecuteScalarAsync(ct) is long position ? position : null;
    }

    private static void Raise(ref long field, long value)
    {
        var seen = Interlocked.Read(ref field);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref field, value, seen);
            if (was == seen)
                return;
            seen = was;
        }
    }
}
