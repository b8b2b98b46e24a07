using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Exchange;

/// <summary>A listing's library files on its public page: pictures and documents for all, members-only documents for members only.</summary>
public sealed class ListingFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<Uploaded> UploadAsync(HttpClient editor, byte[] bytes, string name, string? alt = null)
    {
        var uploaded = await MediaUploads.UploadAsync(editor, bytes, name, alt);
        Assert.True(uploaded.Status == HttpStatusCode.Created, uploaded.Body);
        return uploaded;
    }

    [Fact]
    public async Task Anonymous_visitors_see_public_images_and_documents_and_are_asked_to_sign_in_for_members_only_ones()
    {
        var editor = await factory.SignedInAsync("editor@test.vn");
        var image = await UploadAsync(editor, MediaTestFiles.Jpeg(900, 600), "may-say-thuc-te.jpg", "Máy sấy lắp tại hợp tác xã");
        var datasheet = await UploadAsync(editor, MediaTestFiles.Pdf(), "thong-so-ky-thuat.pdf");
        // Other bytes than the datasheet's, so the members-only file has an address of its own.
        var report = await UploadAsync(editor, [.. MediaTestFiles.Pdf(), .. Encoding.ASCII.GetBytes($"% {Guid.NewGuid():N}\n")], "bao-cao-do-kiem-rieng.pdf");
        var offer = await ExchangeTestData.PublishOfferAsync(factory, $"Máy sấy có tài liệu {Guid.NewGuid():N}");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var listing = await db.Set<Listing>().SingleAsync(l => l.Id == offer.Id);
            listing.PublicMediaIds = Listing.Join([image.Id, datasheet.Id, "0123456789abcdef0123456789abcdef"]);
            listing.MemberMediaIds = Listing.Join([report.Id]);
            await db.SaveChangesAsync();
        }

        var anonymous = WebUtility.HtmlDecode(await factory.Anonymous().GetStringAsync(offer.Page));
        Assert.Contains("<picture>", anonymous);
        Assert.Contains($"/media/{image.Hash}/", anonymous);
        Assert.Contains("alt=\"Máy sấy lắp tại hợp tác xã\"", anonymous);
        Assert.Contains($"<a href=\"{datasheet.Url}\" download>thong-so-ky-thuat.pdf</a> <span class=\"file-size\">(PDF, ", anonymous);
        Assert.Contains("để xem tài liệu dành cho thành viên.", anonymous);
        Assert.DoesNotContain(report.Hash, anonymous);
        Assert.DoesNotContain("bao-cao-do-kiem-rieng", anonymous);

        var member = WebUtility.HtmlDecode(await (await factory.SignedInAsync("member2@test.vn")).GetStringAsync(offer.Page));
        Assert.Contains(datasheet.Url, member);
        Assert.Contains($"<a href=\"{report.Url}\" download>bao-cao-do-kiem-rieng.pdf</a>", member);
        Assert.DoesNotContain("để xem tài liệu dành cho thành viên.", member);
    }
}
