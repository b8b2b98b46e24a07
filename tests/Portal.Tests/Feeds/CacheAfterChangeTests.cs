using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>A portal whose pages, asked with <see cref="Header"/>, wait after their handler read the data until released.</summary>
public sealed class HeldRenderFactory : PortalFactory
{
    public const string Header = "X-Test-Hold";

    public HeldRender Hold { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(Hold)));
    }
}

public sealed class HeldRender : IAsyncPageFilter
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => reached.Task;

    public void Release() => released.TrySetResult();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        if (!context.HttpContext.Request.Headers.ContainsKey(HeldRenderFactory.Header))
            return;
        reached.TrySetResult();
        await released.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}

/// <summary>
/// A render that read its data before a change and finishes after the change evicted the cache must not be stored:
/// the page would stay older than the change until it expires (seen on a second node following the change feed).
/// </summary>
public sealed class CacheAfterChangeTests(HeldRenderFactory factory) : IClassFixture<HeldRenderFactory>
{
    [Fact]
    public async Task A_list_read_before_a_publish_and_rendered_after_it_is_not_kept_in_the_cache()
    {
        var editor = new Actor(null, "Biên tập viên");
        await factory.PublishAsync("news", new ContentDraft("Tin có trước khi trang dựng", null, "Tóm tắt", "Nội dung"), editor);
        var held = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc");
        held.Headers.Add(HeldRenderFactory.Header, "1");
        var rendering = factory.Anonymous().SendAsync(held);
        await factory.Hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));

        await factory.PublishAsync("news", new ContentDraft("Tin đăng trong lúc trang đang dựng", null, "Tóm tắt", "Nội dung"), editor);
        factory.Hold.Release();
        var stale = await (await rendering).Content.ReadAsStringAsync();
        Assert.Contains("Tin có trước khi trang dựng", stale);
        Assert.DoesNotContain("Tin đăng trong lúc trang đang dựng", stale);

        var next = await factory.Anonymous().GetAsync("/tin-tuc");
        Assert.Contains("Tin đăng trong lúc trang đang dựng", await next.Content.ReadAsStringAsync());
        Assert.Null(next.Headers.Age);
        Assert.NotNull((await factory.Anonymous().GetAsync("/tin-tuc")).Headers.Age);
    }
}
