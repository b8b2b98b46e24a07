namespace Portal.ClusterTests.Infrastructure;

/// <summary>
/// The Debian nginx, run as the test's own user, with deploy/nginx/portal.conf (the file docs/operations.md shows)
/// turned into a loopback site: the two upstream servers become the nodes, TLS becomes plain HTTP on a free port,
/// and logs and temp files go to the cluster's folder. A template line the fixture relies on that is missing
/// fails the start, so the tested file and the documented one cannot drift apart.
/// </summary>
internal sealed class ClusterNginx(string folder) : IDisposable
{
    public static string Template => Path.Combine(Loopback.RepositoryRoot, "deploy", "nginx", "portal.conf");

    private ChildProcess? process;

    public int Port { get; } = Loopback.FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string AccessLog => Path.Combine(folder, "portal.access.log");

    public async Task StartAsync(int nodeA, int nodeB)
    {
        Directory.CreateDirectory(folder);
        var site = Site(File.ReadAllText(Template), nodeA, nodeB, Port, Loopback.FreePort(), folder);
        File.WriteAllText(Path.Combine(folder, "portal.conf"), site);
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            # One process (no master and worker), so killing it leaves no orphan worker serving on.
            master_process off;
            pid {{folder}}/nginx.pid;
            events { worker_connections 1024; }
            http {
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/portal.conf;
            }
            """);
        var started = ChildProcess.Start("nginx", ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;"],
            Path.Combine(folder, "nginx.out"));
        process = started;
        if (!await Loopback.WaitUntilAsync(() => Task.FromResult(started.HasExited || Loopback.Listening(Port)), TimeSpan.FromSeconds(10)) || started.HasExited)
            throw new InvalidOperationException($"nginx did not start:\n{Loopback.Tail(started.LogPath)}\n{Loopback.Tail(Path.Combine(folder, "error.log"))}");
    }

    /// <summary>The template with loopback addresses, no certificates and logs in the folder.</summary>
    internal static string Site(string template, int nodeA, int nodeB, int port, int redirectPort, string folder)
    {
        var site = Replace(template, "server 10.0.0.11:5080", $"server 127.0.0.1:{nodeA}");
        site = Replace(site, "server 10.0.0.12:5080", $"server 127.0.0.1:{nodeB}");
        site = Replace(site, "listen 443 ssl http2;", $"listen 127.0.0.1:{port};");
        site = Replace(site, "listen 80;", $"listen 127.0.0.1:{redirectPort};");
        site = Replace(site, "/var/log/nginx/", folder + "/");
        var lines = site.Split('\n');
        if (!lines.Any(l => l.TrimStart().StartsWith("ssl_certificate", StringComparison.Ordinal)))
            throw new InvalidOperationException($"{Template} has no ssl_certificate lines any more: update ClusterNginx.");
        return string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith("ssl_certificate", StringComparison.Ordinal)));
    }

    private static string Replace(string text, string line, string replacement) =>
        text.Contains(line, StringComparison.Ordinal)
            ? text.Replace(line, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"{Template} no longer contains \"{line}\": update ClusterNginx with it.");

    public void Dispose()
    {
        process?.Dispose();
        process = null;
    }
}
