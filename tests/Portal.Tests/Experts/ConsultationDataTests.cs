using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Experts.Consultations;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Experts.ConsultationTestData;

namespace Portal.Tests.Experts;

/// <summary>An expert's consultations for the data-subject rights: the export without the requesters' contacts, the erasure.</summary>
public sealed class ConsultationDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [Fact]
    public async Task The_export_lists_an_experts_requests_without_the_requesters_contacts_and_the_erasure_deletes_them()
    {
        var expert = await AskableAsync(factory, "Trịnh Dữ Liệu " + Guid.NewGuid().ToString("N")[..6]);
        var other = await AskableAsync(factory, "Quách Khác " + Guid.NewGuid().ToString("N")[..6]);
        var (topic, otherTopic) = (Topic(), Topic());
        var email = await ConfirmedVisitorAsync(factory, expert, topic);
        await ConfirmedVisitorAsync(factory, other, otherTopic);

        await using (var scope = factory.Scope())
        {
            var data = scope.ServiceProvider.GetRequiredService<ConsultationData>();
            var export = JsonSerializer.Serialize(await data.ExportForProfileAsync(expert.Id, CancellationToken.None), Json);
            Assert.Contains(topic, export);
            Assert.Contains("\"Status\":\"Sent\"", export);
            Assert.DoesNotContain(email, export);
            Assert.DoesNotContain(otherTopic, export);
            await data.EraseForProfileAsync(expert.Id, CancellationToken.None);
            await factory.Db(scope).SaveChangesAsync();
        }

        Assert.Empty(await RowsAsync(factory, topic));
        Assert.Single(await RowsAsync(factory, otherTopic));
    }

    [Fact]
    public async Task The_experts_own_download_holds_their_consultations_and_erasing_the_profile_deletes_them()
    {
        var expert = await AskableAsync(factory, "Quách Tải Về " + Guid.NewGuid().ToString("N")[..6]);
        var topic = Topic();
        var email = await ConfirmedVisitorAsync(factory, expert, topic);

        string download;
        await using (var scope = factory.Scope())
        {
            var rights = scope.ServiceProvider.GetRequiredService<Portal.Modules.Experts.Rights.ExpertRights>();
            var profile = await factory.Db(scope).Set<Portal.Modules.Experts.ExpertProfile>().FindAsync(expert.Id);
            download = System.Text.Encoding.UTF8.GetString(await rights.ExportAsync(profile!, CancellationToken.None));
            await rights.EraseAsync(profile!, bySelf: false, CancellationToken.None);
            await factory.Db(scope).SaveChangesAsync();
        }

        Assert.Contains("\"consultations\"", download);
        Assert.Contains(topic, System.Text.RegularExpressions.Regex.Unescape(download));
        // The requester's address is only in the mail the expert was sent (the "mail" part), not in their consultations.
        Assert.Contains(email, download);
        Assert.Empty(await RowsAsync(factory, topic));
    }
}
