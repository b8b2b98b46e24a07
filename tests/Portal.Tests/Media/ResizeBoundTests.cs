using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media;
using Portal.Modules.Media.Storage;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class ResizeBoundTests(ResizeBoundTests.GatedFactory factory) : IClassFixture<ResizeBoundTests.GatedFactory>
{
    [Fact]
    public async Task Resizes_beyond_the_bound_answer_503_with_retry_after()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(1200, 900), "gioi-han.jpg");
        await using var scope = factory.Scope();
        var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        var first = await library.ImageUrlAsync(uploaded.Id, 501);
        var second = await library.ImageUrlAsync(uploaded.Id, 502);

        factory.Store.Hold();
        var holding = factory.Anonymous().GetAsync(first);
        await factory.Store.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the only slot is taken

        var refused = await factory.Anonymous().GetAsync(second);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());

        factory.Store.Release();
        Assert.Equal(HttpStatusCode.OK, (await holding).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(second)).StatusCode);
    }

    public sealed class GatedFactory : PortalFactory
    {
        public GatedStore Store { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:MaxConcurrentResizes", "1");
            builder.UseSetting("Media:ResizeQueueWait", "00:00:00.200");
            builder.ConfigureTestServices(services => services.AddSingleton<IMediaStore>(sp =>
                Store = new GatedStore(new LocalMediaStore(sp.GetRequiredService<PortalPaths>()))));
        }
    }

    /// <summary>The real local store, except that reading an original can be held to keep a resize running.</summary>
    public sealed class GatedStore(IMediaStore inner) : IMediaStore
    {
        private TaskCompletionSource? gate;
        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Hold()
        {
            Entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Release() => Interlocked.Exchange(ref gate, null)?.TrySetResult();

        public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
        {
            if (key.StartsWith("originals/", StringComparison.Ordinal) && gate is { } held)
            {
                Entered.TrySetResult();
                await held.Task;
            }
            return await inner.OpenReadAsync(key, ct);
        }

        public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => inner.ExistsAsync(key, ct);
        public Task WriteAsync(string key, Stream content, CancellationToken ct = default) => inner.WriteAsync(key, content, ct);
        public Task DeleteAsync(string key, CancellationToken ct = default) => inner.DeleteAsync(key, ct);
    }
}
