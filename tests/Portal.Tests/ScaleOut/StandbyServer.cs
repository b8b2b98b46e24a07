using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// A real streaming hot standby of PORTAL_TEST_POSTGRES's server: pg_basebackup -R into a folder of its own, started
/// with pg_ctl on a free loopback port (as the postgres user when the tests run as root, as ./portal's start_postgres
/// does). Read-only: a write routed to it fails. Stopped and its folder removed when disposed, and when the test
/// process exits without disposing it.
/// </summary>
public sealed class StandbyServer : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<StandbyServer, byte> Running = new();

    static StandbyServer() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var standby in Running.Keys)
            standby.Remove();
    };

    private readonly string bin;
    private readonly string folder;
    private readonly string settings;

    public int Port { get; }

    private StandbyServer(string bin, string folder, int port, string settings) => (this.bin, this.folder, Port, this.settings) = (bin, folder, port, settings);

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>A connection string to <paramref name="database"/> on the standby.</summary>
    public string ConnectionString(string database, string applicationName = "portal-tests") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false, ApplicationName = applicationName,
    }.ConnectionString;

    public static async Task<StandbyServer> StartAsync(string primaryServer)
    {
        var primary = new NpgsqlConnectionStringBuilder(primaryServer);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql");
        // A standby needs at least the primary's values of these (they are in the WAL's control data).
        var limits = new List<string>();
        await using (var connection = new NpgsqlConnection(primaryServer))
        {
            await connection.OpenAsync();
            foreach (var name in new[] { "max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction" })
            {
                await using var show = new NpgsqlCommand($"SHOW {name}", connection);
                limits.Add($"-c {name}={await show.ExecuteScalarAsync()}");
            }
        }
        var folder = Path.Combine(Path.GetTempPath(), "portal-standby-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var standby = new StandbyServer(bin, folder, port,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on {string.Join(' ', limits)}");
        Running[standby] = 0;
        try
        {
            if (IsRoot)
                await RunAsync("chown", ["postgres:postgres", folder]);
            await standby.AsPostgresAsync("pg_basebackup", ["-h", primary.Host!, "-p", primary.Port.ToString(), "-U", primary.Username ?? "postgres",
                "-D", standby.DataFolder, "-R", "-X", "stream", "--checkpoint=fast"]);
            await standby.StartAgainAsync();
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    public Task StartAgainAsync() =>
        AsPostgresAsync("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-o", settings, "start"]);

    /// <summary>A fast shutdown: connected sessions are ended, as when the standby's host goes away.</summary>
    public Task StopAsync() => AsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "stop"]);

    /// <summary>Stops replaying the primary's WAL (pg_wal_replay_pause): the standby falls behind on purpose.</summary>
    public Task PauseReplayAsync(string database) => ExecuteAsync(database, "SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync(string database) => ExecuteAsync(database, "SELECT pg_wal_replay_resume()");

    public async Task<long> CountAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task AsPostgresAsync(string program, IEnumerable<string> arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments]) : RunAsync(Path.Combine(bin, program), arguments);

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>An immediate stop (nothing to keep) and the folder removed; safe to call twice.</summary>
    private void Remove()
    {
        if (!Running.TryRemove(this, out _))
            return;
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                AsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException) { }
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public ValueTask DisposeAsync()
    {
        Remove();
        return ValueTask.CompletedTask;
    }
}
