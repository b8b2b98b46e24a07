using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class MediaEditConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string html, string alt) => new()
    {
        ["__RequestVerificationToken"] = PortalFactory.FormValue(html, "__RequestVerificationToken"),
        ["Input.Stamp"] = PortalFactory.FormValue(html, "Input.Stamp"),
        ["Input.Alt"] = alt, ["Input.IsPublic"] = "true",
    };

    [Fact]
    public async Task Stale_metadata_form_is_refused_with_a_clear_message_and_nothing_is_overwritten()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var chief = await factory.SignedInAsync("chief@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(320, 240), "hai-nguoi-sua.jpg", alt: "Ảnh ban đầu");
        var url = $"/admin/thu-vien/{uploaded.Id}";
        var formOfEditor = await editor.GetStringAsync(url);
        var formOfChief = await chief.GetStringAsync(url);

        var saved = await chief.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(formOfChief, "Mô tả của tổng biên tập")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = await editor.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(formOfEditor, "Mô tả của biên tập viên")));
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", html);
        Assert.Contains("Mô tả của biên tập viên", html); // what the editor typed is still in the form

        await using var scope = factory.Scope();
        var alt = await factory.Db(scope).Set<MediaItem>().Where(m => m.Id == uploaded.Id).Select(m => m.Alt).SingleAsync();
        Assert.Equal("Mô tả của tổng biên tập", alt);
    }

    [Fact]
    public async Task Saving_a_fresh_form_twice_in_a_row_needs_the_new_stamp()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(320, 240), "luu-hai-lan.jpg", alt: "Ảnh");
        var url = $"/admin/thu-vien/{uploaded.Id}";
        var first = await editor.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(await editor.GetStringAsync(url), "Lần một")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await editor.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(await editor.GetStringAsync(url), "Lần hai")));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("Lần hai", await editor.GetStringAsync(url));
    }
}
