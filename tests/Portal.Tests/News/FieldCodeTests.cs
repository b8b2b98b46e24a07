using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.News;

/// <summary>S&amp;T field codes come from the st-field taxonomy and readers see their names.</summary>
public sealed class FieldCodeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task News_detail_shows_field_names_instead_of_codes()
    {
        var (_, slug) = await factory.PublishedAsync("news", "Mô hình nuôi cá lồng bè", """{"fieldCodes":["401","502"]}""");
        var html = await factory.Anonymous().GetStringAsync("/tin-tuc/" + slug);
        Assert.Contains("Trồng trọt", html);
        Assert.Contains("Kinh tế và kinh doanh", html);
        Assert.DoesNotContain(">502<", html);
    }

    [Fact]
    public async Task Unknown_field_code_is_refused_in_vietnamese_and_nothing_is_saved()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var token = await PortalFactory.AntiforgeryTokenAsync(editor, "/admin/noi-dung/tao/news");
        var response = await editor.PostAsync("/admin/noi-dung/tao/news", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "vi", ["Input.Title"] = "Bài có mã lĩnh vực sai",
            ["Input.Body"] = "x", ["Input.FieldsJson"] = "{}", ["Input.Fields[fieldCodes]"] = "502, 999",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("„Lĩnh vực KH&amp;CN” có „999” không thuộc danh mục cho phép.", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<ContentVersion>().AnyAsync(v => v.Title == "Bài có mã lĩnh vực sai"));
    }

    [Fact]
    public async Task Search_facet_shows_field_names_instead_of_codes()
    {
        await factory.PublishedAsync("news", "Hội thảo kinh tế tuần hoàn Quảng Trị", """{"fieldCodes":["502"]}""");
        await using (var scope = factory.Scope())
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CatchUpAsync();
        var html = await factory.Anonymous().GetStringAsync("/tim-kiem?q=kinh+te+tuan+hoan");
        Assert.Contains("linh-vuc=502", html);
        Assert.Contains("Kinh tế và kinh doanh", html);
    }
}
