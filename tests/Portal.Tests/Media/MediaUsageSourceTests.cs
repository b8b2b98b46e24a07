using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

/// <summary>
/// A module that keeps file ids in its own tables reports them through IMediaUsageSource: "where used" lists its
/// records and the file cannot be deleted, with no change to the media module.
/// </summary>
public sealed class MediaUsageSourceTests(MediaUsageSourceTests.Factory factory) : IClassFixture<MediaUsageSourceTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public HashSet<string> UsedByProfiles { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IMediaUsageSource>(_ => new ProfilePhotos(UsedByProfiles)));
        }
    }

    /// <summary>Stands for a module built later (expert profiles with a photo).</summary>
    private sealed class ProfilePhotos(HashSet<string> used) : IMediaUsageSource
    {
        public Task<IReadOnlyList<MediaUsage>> FindAsync(string mediaId, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<MediaUsage>>(used.Contains(mediaId)
                ? [new MediaUsage("experts", "chuyen-gia-1", "Hồ sơ chuyên gia Nguyễn Văn Tính", "/admin/chuyen-gia/chuyen-gia-1", true)]
                : []);
    }

    [Fact]
    public async Task A_file_used_by_another_module_is_listed_where_used_and_cannot_be_deleted()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var uploaded = await MediaUploads.UploadAsync(editor, MediaTestFiles.Jpeg(517, 389), "anh-chan-dung.jpg");
        factory.UsedByProfiles.Add(uploaded.Id);
        var url = $"/admin/thu-vien/{uploaded.Id}";

        var page = await editor.GetStringAsync(url);
        var refused = await editor.PostAsync(url + "?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFactory.FormValue(page, "__RequestVerificationToken"),
        }));

        Assert.Contains("href=\"/admin/chuyen-gia/chuyen-gia-1\">Hồ sơ chuyên gia Nguyễn Văn Tính</a>", page);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đang được dùng ở 1 nơi", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
    }
}
