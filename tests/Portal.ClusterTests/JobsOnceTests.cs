using System.Net;
using Portal.ClusterTests.Infrastructure;

namespace Portal.ClusterTests;

/// <summary>
/// Both nodes run every periodic job each second (the cluster's intervals); the lease in Jobs_Leases lets one of
/// them do each run, so what a job does happens once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class JobsOnceTests(ClusterFixture cluster)
{
    /// <summary>Several rounds of both nodes' job loops after the work was done.</summary>
    private static readonly TimeSpan MoreRounds = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Nodes_started_together_on_an_empty_database_made_one_administrator_and_one_site()
    {
        // The fixture starts both nodes at once: whichever came second waited, then found the first start done.
        Assert.Equal(1L, await cluster.Database.CountAsync(
            "SELECT count(*) FROM \"Accounts_Users\" WHERE \"NormalizedEmail\" = @email", ("email", ClusterFixture.AdminEmail.ToUpperInvariant())));
        Assert.Equal(1L, await cluster.Database.CountAsync("SELECT count(*) FROM \"Settings_Site\""));
    }

    [Fact]
    public async Task A_scheduled_item_is_published_once_not_once_per_node()
    {
        using var chief = cluster.Visitor();
        var onA = chief.At(cluster.NodeA.Address);
        await PortalForms.SignInAsync(onA, ClusterFixture.ChiefEmail, ClusterFixture.ChiefPassword);
        var slug = "hen-gio-hai-nut-" + Guid.NewGuid().ToString("N")[..10];
        var id = await PortalForms.CreateNewsAsync(onA, "Bài hẹn giờ " + slug, slug, "Đăng lúc đã hẹn.", "Schedule",
            PortalForms.PublishAt(DateTime.UtcNow.AddSeconds(3)));
        using var reader = cluster.Visitor();
        var throughNginx = reader.At(cluster.Nginx.Address);
        Assert.Equal(HttpStatusCode.NotFound, (await throughNginx.GetAsync($"/tin-tuc/{slug}")).StatusCode);

        Assert.True(await Loopback.WaitUntilAsync(async () => (await throughNginx.GetAsync($"/tin-tuc/{slug}")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(250)), "the scheduled item was not published within 30 s");
        await Task.Delay(MoreRounds);

        Assert.Equal(1L, await cluster.Database.CountAsync(
            "SELECT count(*) FROM \"Changes_Feed\" WHERE \"Source\" = 'content' AND \"EntityId\" = @id AND \"Kind\" = 0", ("id", id)));
        Assert.Equal(1L, await cluster.Database.CountAsync(
            "SELECT count(*) FROM \"Audit_Entries\" WHERE \"Module\" = 'content' AND \"EntityId\" = @id AND \"Action\" = 'published'", ("id", id)));
    }

    [Fact]
    public async Task The_confirmation_mail_of_a_registration_is_sent_once()
    {
        var email = $"dang-ky-hai-nut-{Guid.NewGuid():N}@example.vn";
        using var visitor = cluster.Visitor();
        var throughNginx = visitor.At(cluster.Nginx.Address);
        var token = await PortalForms.TokenAsync(throughNginx, "/dang-ky");
        var registered = await throughNginx.PostAsync("/dang-ky", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.OrganisationName"] = "Công ty Thử nghiệm Hai Nút", ["Input.TaxCode"] = "0401234567",
            ["Input.Address"] = "12 Trần Phú, Hải Châu, Đà Nẵng", ["Input.DisplayName"] = "Trần Thị Hai", ["Input.Email"] = email,
            ["Input.Password"] = "Mat-khau-123", ["Input.ConfirmPassword"] = "Mat-khau-123", ["Input.AcceptAccount"] = "true",
        }));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        Assert.True(await Loopback.WaitUntilAsync(() => Task.FromResult(cluster.Smtp.To(email).Any()), TimeSpan.FromSeconds(30)),
            "the confirmation mail did not arrive within 30 s");
        await Task.Delay(MoreRounds);

        var mail = Assert.Single(cluster.Smtp.To(email));
        // Built from Portal:PublicUrl (nginx), whichever node wrote it.
        Assert.Contains($"{cluster.Nginx.Address}xac-nhan-email?id=", mail.Message.TextBody);
    }
}
