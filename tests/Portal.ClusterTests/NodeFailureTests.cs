using System.Collections.Concurrent;
using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>
/// Node A is killed (SIGKILL) while editors write through it and through nginx, and readers read through nginx:
/// every write that was answered is in the database, and nginx keeps answering from node B. The only test of its
/// cluster, so node A stays dead.
/// </summary>
[Collection(NodeFailureCollection.Name)]
public sealed class NodeFailureTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Killing_node_a_mid_write_loses_no_acknowledged_write_and_nginx_keeps_serving_from_node_b()
    {
        using var editor = cluster.Visitor();
        var (onA, onB, throughNginx) = (editor.At(cluster.NodeA.Address), editor.At(cluster.NodeB.Address), editor.At(cluster.Nginx.Address));
        await PortalForms.SignInAsync(onA, ClusterFixture.EditorEmail, ClusterFixture.EditorPassword);
        var token = await PortalForms.TokenAsync(onA, "/admin/noi-dung/tao/news");
        var run = Guid.NewGuid().ToString("N")[..8];
        var acknowledged = new ConcurrentDictionary<string, string>(); // id → title
        var writesAfterKill = 0;
        var killed = false;
        using var stop = new CancellationTokenSource();

        // Two writers (one straight to node A, one through nginx) and a reader through nginx, until told to stop.
        async Task WriteAsync(HttpClient client, string name)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var slug = $"ghi-khi-tat-nut-{run}-{name}-{i}";
                try
                {
                    var response = await PortalForms.PostNewsAsync(client, "Ghi khi tắt nút " + slug, slug, "Nội dung " + slug, token);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged[response.Headers.Location!.OriginalString.Split('/').Last()] = "Ghi khi tắt nút " + slug;
                        if (Volatile.Read(ref killed))
                            Interlocked.Increment(ref writesAfterKill);
                    }
                }
                catch (HttpRequestException) when (client == onA) { await Task.Delay(50); } // node A is gone: not acknowledged
            }
        }
        var failedReads = new ConcurrentQueue<string>();
        var reads = 0;
        async Task ReadAsync()
        {
            using var anonymous = cluster.Visitor();
            var client = anonymous.At(cluster.Nginx.Address);
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { "/", "/tin-tuc", "/health/live" })
                {
                    var status = (await client.GetAsync(path)).StatusCode;
                    Interlocked.Increment(ref reads);
                    if (status != HttpStatusCode.OK)
                        failedReads.Enqueue($"{path}: {(int)status}");
                }
            }
        }
        var workers = new[] { WriteAsync(onA, "a"), WriteAsync(throughNginx, "nginx"), ReadAsync() };
        try
        {
            Assert.True(await Loopback.WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= 6), TimeSpan.FromSeconds(30)), "the writers did not get going");
            cluster.NodeA.Kill();
            Volatile.Write(ref killed, true);
            Assert.True(await Loopback.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref writesAfterKill) >= 3), TimeSpan.FromSeconds(30)),
                "writes through nginx did not go on after node A died");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            Assert.True(failedReads.IsEmpty, $"reads through nginx failed after {reads}: {string.Join(", ", failedReads.Take(10))}");
            foreach (var (id, title) in acknowledged)
            {
                var page = await onB.GetAsync($"/admin/noi-dung/{id}");
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"acknowledged item {id} is not on node B ({(int)page.StatusCode})");
                Assert.Contains(title, await page.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers.Select(w => w.ContinueWith(_ => { })));
        }
    }
}
