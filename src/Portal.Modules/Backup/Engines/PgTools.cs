using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Portal.Modules.Backup.Engines;

/// <summary>
/// Runs pg_dump and pg_restore against the configured connection. Every connection parameter, the password
/// included, goes through the libpq environment (PGHOST, PGPASSWORD, …), never the command line, where any
/// local user could read it.
/// </summary>
internal static class PgTools
{
    private const int ErrorTail = 4000;

    public static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder connection, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in Environment(connection))
        {
            if (value is { Length: > 0 })
                start.Environment[name] = value;
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new BackupException(BackupTexts.ToolMissing(tool), ex);
        }
        var error = new StringBuilder();
        var stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync(ct) is { } line)
            {
                error.AppendLine(line);
                if (error.Length > ErrorTail)
                    error.Remove(0, error.Length - ErrorTail);
            }
        }, ct);
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, ct);
        try
        {
            await process.WaitForExitAsync(ct);
            await Task.WhenAll(stderr, stdout);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
            throw new BackupException(BackupTexts.ToolFailed(tool, process.ExitCode, error.ToString()));
    }

    private static IEnumerable<(string, string?)> Environment(NpgsqlConnectionStringBuilder connection)
    {
        yield return ("PGHOST", connection.Host);
        yield return ("PGPORT", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("PGDATABASE", connection.Database);
        yield return ("PGUSER", connection.Username);
        yield return ("PGPASSWORD", connection.Password);
        yield return ("PGPASSFILE", connection.Passfile);
        yield return ("PGAPPNAME", "portal-backup");
        yield return ("PGCONNECT_TIMEOUT", connection.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("PGSSLMODE", connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        if (connection.RootCertificate is { Length: > 0 } root)
            yield return ("PGSSLROOTCERT", root);
    }
}
