using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Modules.Accounts;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Mail;

/// <summary>
/// The outbox sent over SMTP to a real server on loopback, which parses what arrives with MimeKit: text and HTML
/// alternatives of one template, a Vietnamese subject and sender name as UTF-8, the right envelope and headers,
/// sign-in with the configured account, and a refused recipient counted as one failed attempt.
/// </summary>
public sealed class MailDeliveryTests(MailDeliveryTests.Factory factory) : IClassFixture<MailDeliveryTests.Factory>
{
    public sealed class Factory : PortalFactory
    {
        public const string SenderName = "Sở Khoa học và Công nghệ tỉnh Thử";
        public LoopbackSmtpServer Smtp { get; } = new("portal", "Mat-khau-SMTP-1");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
            builder.UseSetting("Mail:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:SmtpSecurity", "None");
            builder.UseSetting("Mail:SmtpUser", "portal");
            builder.UseSetting("Mail:SmtpPassword", "Mat-khau-SMTP-1");
            builder.UseSetting("Mail:From", "no-reply@khcn.example.vn");
            builder.UseSetting("Mail:FromName", SenderName);
            // Only the tests send: the periodic job would race them for the batch.
            builder.UseSetting("Mail:Interval", "01:00:00");
        }

        /// <summary>
        /// The runner's first run of the mail job comes at start-up, whatever the interval: wait for it to finish, so
        /// no test's mail is claimed by it (on a slow start it overlapped the first test and sent its mail itself).
        /// </summary>
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            for (var waited = 0; waited < 300; waited++)
            {
                await using (var scope = Scope())
                {
                    if (await Db(scope).Set<JobLease>().AnyAsync(l => l.Name == "mail.dispatch" && l.LastFinishedUtc != null))
                        return;
                }
                await Task.Delay(100);
            }
            throw new TimeoutException("The mail job's start-up run did not finish within 30 s.");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                Smtp.Dispose();
        }
    }

    [Fact]
    public async Task A_queued_mail_arrives_as_text_and_html_alternatives_with_a_Vietnamese_subject_and_sender()
    {
        var to = $"nguoi-nhan-{Guid.NewGuid():N}@example.vn";
        const string link = "http://localhost/dat-lai-mat-khau?id=abc&ma=xyz";
        await QueueAsync(to, AccountTexts.ResetMailSubject, AccountTexts.ResetMailBody("Nguyễn Thị Hoà", link));

        var mail = Assert.Single(factory.Smtp.To(to));

        Assert.Equal("no-reply@khcn.example.vn", mail.EnvelopeFrom);
        Assert.Equal([to], mail.EnvelopeTo);
        Assert.Equal("portal", mail.SignedInAs);
        var message = mail.Message;
        Assert.Equal(AccountTexts.ResetMailSubject, message.Subject);
        var sender = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal((Factory.SenderName, "no-reply@khcn.example.vn"), (sender.Name, sender.Address));
        Assert.Equal(to, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.Date, message.Date.UtcDateTime.Date);

        var alternatives = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(p => p.ContentType.MimeType));
        Assert.All(alternatives.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
        Assert.Equal(AccountTexts.ResetMailBody("Nguyễn Thị Hoà", link), message.TextBody!.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Contains("<p>Chào Nguyễn Thị Hoà,</p>", message.HtmlBody);
        Assert.Contains("<a href=\"http://localhost/dat-lai-mat-khau?id=abc&amp;ma=xyz\">", message.HtmlBody);
        Assert.Contains("<html lang=\"vi\">", message.HtmlBody);
    }

    [Fact]
    public async Task Headers_and_bodies_travel_7_bit_clean_to_a_server_without_8BITMIME()
    {
        var to = $"ascii-{Guid.NewGuid():N}@example.vn";
        await QueueAsync(to, "Thông báo về đề tài khoa học", "Kính gửi ông Đặng Quốc Việt,\n\nHồ sơ đã được tiếp nhận.");

        var raw = Assert.Single(factory.Smtp.To(to)).Raw;

        Assert.All(raw, b => Assert.True(b < 0x80, $"byte 0x{b:x2} is not 7-bit"));
        var headers = System.Text.Encoding.ASCII.GetString(raw);
        Assert.Contains("Subject: =?utf-8?", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Text_typed_into_a_form_stays_text_in_the_html_part()
    {
        var to = $"ma-html-{Guid.NewGuid():N}@example.vn";
        await QueueAsync(to, "Thử", AccountTexts.PasswordChangedMailBody("<script>alert(1)</script> & \"Lan\""));

        var html = Assert.Single(factory.Smtp.To(to)).Message.HtmlBody;

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Lan&quot;", html);
    }

    [Fact]
    public async Task A_refused_recipient_is_one_failed_attempt_and_the_rest_of_the_batch_is_sent()
    {
        var refused = $"{LoopbackSmtpServer.RefusedPrefix}-{Guid.NewGuid():N}@example.vn";
        var accepted = $"nhan-duoc-{Guid.NewGuid():N}@example.vn";
        await using (var scope = factory.Scope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IMailOutbox>();
            outbox.Queue(refused, "Thư bị từ chối", "Nội dung.");
            outbox.Queue(accepted, "Thư được nhận", "Nội dung.");
            await factory.Db(scope).SaveChangesAsync();
        }
        using var measured = new PortalMeasurements(factory.Services);
        await SendAsync();

        Assert.Equal((1, 1), (measured["portal.mail.sent"], measured["portal.mail.failed"]));
        await using var check = factory.Scope();
        var failed = await factory.Db(check).Set<OutboxMessage>().SingleAsync(m => m.To == refused);
        Assert.Equal((1, null, null), (failed.Attempts, failed.SentUtc, failed.ClaimedUtc));
        Assert.Contains("no such mailbox", failed.LastError);
        Assert.NotNull((await factory.Db(check).Set<OutboxMessage>().SingleAsync(m => m.To == accepted)).SentUtc);
        Assert.Single(factory.Smtp.To(accepted));
        Assert.Empty(factory.Smtp.To(refused));
    }

    /// <summary>Queues one mail as a page does (outbox, then SaveChanges) and runs the dispatcher.</summary>
    private async Task QueueAsync(string to, string subject, string body)
    {
        await using var scope = factory.Scope();
        scope.ServiceProvider.GetRequiredService<IMailOutbox>().Queue(to, subject, body);
        await factory.Db(scope).SaveChangesAsync();
        await SendAsync();
        Assert.NotNull(await factory.Db(scope).Set<OutboxMessage>().Where(m => m.To == to).Select(m => m.SentUtc).SingleAsync());
    }

    /// <summary>The dispatcher in a scope of its own, as the periodic job runs it.</summary>
    private async Task SendAsync()
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendPendingAsync(CancellationToken.None);
    }
}
