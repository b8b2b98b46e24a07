using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Plans;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Plans;

/// <summary>
/// The import screen: a pasted plan is read into a review form and nothing is saved until the editor confirms; a
/// corrected cell is saved as corrected; a garbled or empty paste, or a bad cell, saves nothing and says why.
/// </summary>
public sealed class PlanImportPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Import = "/admin/ke-hoach/nhap";

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", "Import", "Samples", name));

    private async Task<int> PlanCountAsync()
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Plan>().CountAsync();
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> PasteAsync(HttpClient client, string text)
    {
        var token = await PortalFactory.AntiforgeryTokenAsync(client, Import);
        return await client.PostAsync($"{Import}?handler=Read", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = text, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Every field of the review form as the browser would send it, with some replaced.</summary>
    private static FormUrlEncodedContent Fields(IHtmlDocument page, params (string Name, string Value)[] values)
    {
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Single(f => f.Method == "post");
        var fields = form.Elements.Where(e => e.GetAttribute("name") is { Length: > 0 } && e.GetAttribute("type") is not ("submit" or "file")
                && (e.GetAttribute("type") != "checkbox" || e.HasAttribute("checked")))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                e is IHtmlTextAreaElement area ? area.Value : e is IHtmlSelectElement select ? select.Value ?? "" : e.GetAttribute("value") ?? ""))
            .Where(f => values.All(v => v.Name != f.Key));
        return new FormUrlEncodedContent(fields.Concat(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))));
    }

    [Fact]
    public async Task A_pasted_plan_is_reviewed_unsaved_then_saved_whole_with_the_corrected_cell()
    {
        var client = await factory.SignedInAsync("chief@test.vn");
        var before = await PlanCountAsync();

        var review = await PasteAsync(client, Sample("bac-giang-2023-ke-hoach-tuyen-truyen-khcn.txt"));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var page = await ParseAsync(review);
        var status = page.QuerySelector("main [role=status]")!.TextContent;
        Assert.Contains("41 mục việc", status);
        Assert.Contains("Chưa có gì được lưu", status);
        Assert.Equal(before, await PlanCountAsync());
        Assert.Contains("Kinh phí", page.QuerySelector("#tong + div, #tong ~ div")!.TextContent);

        var slug = "bac-giang-2023-" + Guid.NewGuid().ToString("N")[..6];
        var saved = await client.PostAsync($"{Import}?handler=Save", Fields(page,
            ("Review.Items[0].Owner", "Người sửa tay"), ("Review.Items[1].Budget", "1,5 triệu"), ("Review.Slug", slug), ("Publish", "true")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await PlanCountAsync());
        await using var scope = factory.Scope();
        var plan = await factory.Db(scope).Set<Plan>().Include(p => p.Items).SingleAsync(p => p.Slug == slug);
        Assert.Equal($"{PlanPaths.Admin}/{plan.Id}", saved.Headers.Location!.OriginalString);
        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal(41, plan.Items.Count);
        var ordered = plan.Items.OrderBy(i => i.Position).ToList();
        Assert.Equal("Người sửa tay", ordered[0].Owner);
        Assert.Equal(1_500_000, ordered[1].Budget);
        Assert.Equal(2023, plan.Year);
        Assert.Equal("Nguyễn Thanh Bình", plan.SignerName);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(PlanPaths.Of(slug))).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    [InlineData("@@@ ### %%% \u0001\u0002 lorem ipsum dolor sit amet\n\t\t\t\n1\t2\t3")]
    public async Task A_garbled_or_empty_paste_says_why_and_saves_nothing(string text)
    {
        var client = await factory.SignedInAsync("chief@test.vn");
        var before = await PlanCountAsync();

        var response = await PasteAsync(client, text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var message = page.QuerySelector("main [role=alert]")?.TextContent ?? "";
        Assert.True(message.Contains("Chưa có nội dung") || message.Contains("Không tìm thấy kế hoạch"), message);
        Assert.NotNull(page.QuerySelector("textarea#Text"));
        Assert.Equal(before, await PlanCountAsync());
    }

    [Fact]
    public async Task A_bad_cell_keeps_the_review_open_with_its_message_and_saves_nothing()
    {
        var client = await factory.SignedInAsync("chief@test.vn");
        var before = await PlanCountAsync();
        var page = await ParseAsync(await PasteAsync(client, Sample("quang-nam-2024-ke-hoach-thong-tin-khcn.txt")));

        var response = await client.PostAsync($"{Import}?handler=Save", Fields(page, ("Review.Items[0].Budget", "mười triệu"), ("Review.Items[1].Topic", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await ParseAsync(response);
        Assert.Contains("Chưa lưu được", again.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal(2, again.QuerySelectorAll(".field-error").Count(e => e.TextContent.Trim().Length > 0));
        Assert.Equal("mười triệu", again.QuerySelector("input[name='Review.Items[0].Budget']")!.GetAttribute("value"));
        Assert.Equal(before, await PlanCountAsync());
    }

    [Fact]
    public async Task Only_staff_who_manage_plans_reach_the_importer()
    {
        Assert.NotEqual(HttpStatusCode.OK, (await factory.Anonymous().GetAsync(Import)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await factory.SignedInAsync("member@test.vn")).GetAsync(Import)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await factory.SignedInAsync("editor@test.vn")).GetAsync(Import)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInAsync("chief@test.vn")).GetAsync(Import)).StatusCode);
    }
}
