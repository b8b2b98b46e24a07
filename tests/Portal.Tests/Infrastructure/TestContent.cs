using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;

namespace Portal.Tests.Infrastructure;

/// <summary>Items a test makes for itself through the real ContentManager, so no test leans on another's data.</summary>
public static class TestContent
{
    public static readonly Actor Editor = new(null, "Biên tập viên");

    /// <summary>Creates a draft; returns its id and slug.</summary>
    public static async Task<(string Id, string Slug)> CreateAsync(this PortalFactory factory, string type, string title, string fieldsJson = "{}", string body = "Nội dung thử.")
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var (result, id) = await manager.CreateAsync(type, "vi", new ContentDraft(title, null, "Tóm tắt " + title, body, fieldsJson), Editor);
        Assert.True(result.Succeeded, result.Error);
        var slug = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Slug).SingleAsync();
        return (id!, slug);
    }

    /// <summary>Runs one workflow step with the item's current stamp and asserts that it succeeded.</summary>
    public static async Task RunAsync(this PortalFactory factory, string id, Func<ContentManager, Guid, Task<ContentResult>> step)
    {
        await using var scope = factory.Scope();
        var stamp = await factory.Db(scope).Set<ContentItem>().Where(i => i.Id == id).Select(i => i.Stamp).SingleAsync();
        var result = await step(scope.ServiceProvider.GetRequiredService<ContentManager>(), stamp);
        Assert.True(result.Succeeded, result.Error);
    }

    public static async Task<(string Id, string Slug)> PublishedAsync(this PortalFactory factory, string type, string title, string fieldsJson = "{}", string body = "Nội dung thử.")
    {
        var item = await factory.CreateAsync(type, title, fieldsJson, body);
        await factory.RunAsync(item.Id, (m, s) => m.PublishAsync(item.Id, s, Editor));
        return item;
    }
}
