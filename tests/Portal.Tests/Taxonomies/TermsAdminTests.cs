using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Taxonomies;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Taxonomies;

public sealed partial class TermsAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/admin/danh-muc/news-category";

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, string name)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, Page);
        return await client.PostAsync(Page + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = name,
        }));
    }

    /// <summary>The id and stamp of a term's rename form, as the page drew them.</summary>
    private static (string Id, string Stamp) FormOf(string html, string name)
    {
        var match = TermForm().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"No form for {name}");
        return (match.Groups["id"].Value, match.Groups["stamp"].Value);
    }

    private static FormUrlEncodedContent Post(string html, string id, string stamp, params (string Key, string Value)[] extra) =>
        new(new Dictionary<string, string>(extra.Select(e => KeyValuePair.Create(e.Key, e.Value)))
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"), ["id"] = id, ["stamp"] = stamp,
        });

    private async Task<TaxonomyTerm?> TermAsync(string slug)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<TaxonomyTerm>().AsNoTracking().SingleOrDefaultAsync(t => t.Taxonomy == "news-category" && t.Slug == slug);
    }

    [Fact]
    public async Task Stale_rename_is_refused_with_a_clear_message_and_nothing_is_overwritten()
    {
        var first = await factory.SignedInAsync("chief@test.vn");
        var second = await factory.SignedInAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(first, "Đo lường thử")).StatusCode);
        var pageOfFirst = await first.GetStringAsync(Page);
        var pageOfSecond = await second.GetStringAsync(Page);
        var (id, stamp) = FormOf(pageOfFirst, "Đo lường thử");

        var renamed = await second.PostAsync(Page + "?handler=Rename", Post(pageOfSecond, id, FormOf(pageOfSecond, "Đo lường thử").Stamp, ("name", "Đo lường của quản trị")));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var stale = await first.PostAsync(Page + "?handler=Rename", Post(pageOfFirst, id, stamp, ("name", "Đo lường của tổng biên tập")));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Đo lường của quản trị", (await TermAsync("do-luong-thu"))!.Name);
    }

    [Fact]
    public async Task A_renamed_category_shows_its_new_name_on_the_public_pages_at_once()
    {
        var editor = await factory.SignedInAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(editor, "Năng lượng sạch thử")).StatusCode);
        var reader = factory.CreateClient();
        // Read first: the names are now in memory (TermCatalog) and the page in the output cache.
        Assert.Contains("Năng lượng sạch thử", await reader.GetStringAsync("/tin-tuc"));

        var admin = await editor.GetStringAsync(Page);
        var (id, stamp) = FormOf(admin, "Năng lượng sạch thử");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(Page + "?handler=Rename", Post(admin, id, stamp, ("name", "Năng lượng tái tạo thử")))).StatusCode);

        var list = await reader.GetStringAsync("/tin-tuc");
        Assert.Contains("Năng lượng tái tạo thử", list);
        Assert.DoesNotContain("Năng lượng sạch thử", list);
    }

    [Fact]
    public async Task Stale_delete_is_refused_and_the_term_stays()
    {
        var first = await factory.SignedInAsync("chief@test.vn");
        var second = await factory.SignedInAsync(PortalFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(first, "Mục sẽ bị xoá nhầm")).StatusCode);
        var pageOfFirst = await first.GetStringAsync(Page);
        var pageOfSecond = await second.GetStringAsync(Page);
        var (id, stamp) = FormOf(pageOfFirst, "Mục sẽ bị xoá nhầm");

        var renamed = await second.PostAsync(Page + "?handler=Rename", Post(pageOfSecond, id, FormOf(pageOfSecond, "Mục sẽ bị xoá nhầm").Stamp, ("name", "Mục đã đổi tên")));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var stale = await first.PostAsync(Page + "?handler=Delete", Post(pageOfFirst, id, stamp));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Mục đã đổi tên", (await TermAsync("muc-se-bi-xoa-nham"))!.Name);
    }

    [Fact]
    public async Task Fresh_rename_and_delete_succeed()
    {
        var chief = await factory.SignedInAsync("chief@test.vn");
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(chief, "Mục tạm")).StatusCode);
        var html = await chief.GetStringAsync(Page);
        var (id, stamp) = FormOf(html, "Mục tạm");
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostAsync(Page + "?handler=Rename", Post(html, id, stamp, ("name", "Mục tạm thời")))).StatusCode);

        html = await chief.GetStringAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostAsync(Page + "?handler=Delete", Post(html, id, FormOf(html, "Mục tạm thời").Stamp))).StatusCode);
        Assert.Null(await TermAsync("muc-tam"));
    }

    [GeneratedRegex("""name="id" value="(?<id>\d+)"><input type="hidden" name="stamp" value="(?<stamp>[0-9a-f-]+)">\s*<label[^>]*>[^<]*</label><input[^>]*name="name" value="(?<name>[^"]*)""")]
    private static partial Regex TermForm();
}
