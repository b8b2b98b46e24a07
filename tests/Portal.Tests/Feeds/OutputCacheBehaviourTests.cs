using System.IO.Compression;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>
/// What the output cache keys on and who it serves (issue 15): compressed entries, the parameters a page reads,
/// junk cookies, signed-in staff. A hit is told by its Age header; a page changed behind the app's back
/// (ExecuteUpdate raises no change event) tells a cached copy from a fresh render.
/// </summary>
public sealed class OutputCacheBehaviourTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor Editor = new(null, "Biên tập viên");

    private Task<string> PublishNewsAsync(string title) =>
        factory.PublishAsync("news", new ContentDraft(title, null, "Tóm tắt", "Nội dung"), Editor);

    private async Task RetitleBehindTheAppsBackAsync(string id, string title)
    {
        await using var scope = factory.Scope();
        await factory.Db(scope).Set<ContentVersion>().Where(v => v.ContentItemId == id && v.Published)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.Title, title));
    }

    private Task<HttpResponseMessage> GetAsync(string url, string? encoding = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return factory.Anonymous().SendAsync(request);
    }

    private static string Gunzip(byte[] body)
    {
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task A_cached_page_served_to_a_gzip_client_is_the_same_bytes_each_hit_and_unzips_to_the_plain_page()
    {
        await PublishNewsAsync("Tin nén gzip trong bộ đệm");
        var miss = await GetAsync("/tin-tuc", "gzip");
        var first = await GetAsync("/tin-tuc", "gzip");
        var second = await GetAsync("/tin-tuc", "gzip");
        Assert.NotNull(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal("gzip", Assert.Single(second.Content.Headers.ContentEncoding));
        var bytes = await second.Content.ReadAsByteArrayAsync();
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), bytes);
        Assert.Equal(await miss.Content.ReadAsByteArrayAsync(), bytes);

        var plain = await GetAsync("/tin-tuc");
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync();
        Assert.Contains("Tin nén gzip trong bộ đệm", html);
        Assert.Equal(html, Gunzip(bytes));
    }

    [Fact]
    public async Task Spellings_of_accept_encoding_that_pick_gzip_share_one_entry()
    {
        await PublishNewsAsync("Tin một bản nén cho mọi cách viết");
        await GetAsync("/tin-tuc", "gzip");
        var request = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "deflate, gzip;q=0.9, x-unknown");
        var response = await factory.Anonymous().SendAsync(request);
        Assert.NotNull(response.Headers.Age);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Cached_pages_carry_content_length_plain_and_compressed()
    {
        await PublishNewsAsync("Tin có độ dài nội dung");
        foreach (var encoding in new[] { null, "gzip", "br" })
        {
            await GetAsync("/tin-tuc", encoding);
            var hit = await GetAsync("/tin-tuc", encoding);
            Assert.NotNull(hit.Headers.Age);
            Assert.True(hit.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length), $"no Content-Length for {encoding ?? "identity"}");
            Assert.Equal((await hit.Content.ReadAsByteArrayAsync()).Length.ToString(), Assert.Single(length));
        }
    }

    [Fact]
    public async Task An_unknown_query_parameter_gets_the_cached_page_and_adds_no_entry()
    {
        var id = await PublishNewsAsync("Tin trước tham số lạ");
        Assert.Contains("Tin trước tham số lạ", await factory.Anonymous().GetStringAsync("/tin-tuc"));
        await RetitleBehindTheAppsBackAsync(id, "Tin sau tham số lạ");

        foreach (var junk in new[] { "r=1", "r=2", "utm_source=x&fbclid=y&R=1" })
        {
            var response = await factory.Anonymous().GetAsync("/tin-tuc?" + junk);
            Assert.NotNull(response.Headers.Age);
            Assert.Contains("Tin trước tham số lạ", await response.Content.ReadAsStringAsync());
        }

        // Nothing cached: a render with an unknown parameter is served but stored under no key.
        await PublishNewsAsync("Tin làm trống bộ đệm tham số lạ");
        Assert.Null((await factory.Anonymous().GetAsync("/tin-tuc?r=3")).Headers.Age);
        Assert.Null((await factory.Anonymous().GetAsync("/tin-tuc?r=3")).Headers.Age);
        Assert.Null((await factory.Anonymous().GetAsync("/tin-tuc")).Headers.Age);
    }

    [Fact]
    public async Task Parameters_a_page_reads_still_key_the_cache()
    {
        foreach (var (plain, keyed) in new[]
        {
            ("/tin-tuc", "/tin-tuc?trang=2"),
            ("/su-kien", "/su-kien?da-dien-ra=true"),
            ("/tim-kiem?q=khoa+hoc", "/tim-kiem?q=khoa+hoc&f.linh-vuc=401"),
            ("/san-cong-nghe/chao-ban", "/san-cong-nghe/chao-ban?trl=7"),
            ("/chuyen-gia", "/chuyen-gia?hoc-vi=ts"),
        })
        {
            await factory.Anonymous().GetAsync(plain);
            Assert.NotNull((await factory.Anonymous().GetAsync(plain)).Headers.Age);
            Assert.Null((await factory.Anonymous().GetAsync(keyed)).Headers.Age);
        }
    }

    [Fact]
    public async Task A_junk_auth_cookie_gets_the_cached_page()
    {
        var id = await PublishNewsAsync("Tin cho cookie rác");
        Assert.Contains("Tin cho cookie rác", await factory.Anonymous().GetStringAsync("/tin-tuc"));
        await RetitleBehindTheAppsBackAsync(id, "Tin cookie rác không thấy");

        foreach (var cookie in new[] { "portal.auth=het-han", "portal.auth=CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
        {
            var response = await GetAsync("/tin-tuc", cookie: cookie);
            Assert.NotNull(response.Headers.Age);
            Assert.Contains("Tin cho cookie rác", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_signed_in_editor_never_gets_nor_fills_a_cached_page()
    {
        var id = await PublishNewsAsync("Tin biên tập viên không lấp bộ đệm");
        var editor = await factory.SignedInAsync("editor@test.vn");
        var first = await editor.GetAsync("/tin-tuc");
        Assert.Null(first.Headers.Age);
        Assert.Null((await editor.GetAsync("/tin-tuc")).Headers.Age);
        // The editor's renders stored nothing: the first anonymous visitor renders too.
        Assert.Null((await factory.Anonymous().GetAsync("/tin-tuc")).Headers.Age);

        await RetitleBehindTheAppsBackAsync(id, "Tin biên tập viên thấy ngay");
        Assert.Contains("Tin biên tập viên không lấp bộ đệm", await factory.Anonymous().GetStringAsync("/tin-tuc"));
        var fresh = await editor.GetAsync("/tin-tuc?r=1");
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("Tin biên tập viên thấy ngay", await fresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publishing_evicts_the_compressed_copies_too()
    {
        await PublishNewsAsync("Tin trước khi đăng tin nén");
        await GetAsync("/tin-tuc", "gzip");
        Assert.NotNull((await GetAsync("/tin-tuc", "gzip")).Headers.Age);

        await PublishNewsAsync("Tin đăng làm mới bản nén");
        var response = await GetAsync("/tin-tuc", "gzip");
        Assert.Null(response.Headers.Age);
        Assert.Contains("Tin đăng làm mới bản nén", Gunzip(await response.Content.ReadAsByteArrayAsync()));
    }
}
