using Portal.Modules.Mail;

namespace Portal.Tests.Mail;

[Trait("Category", "Unit")]
public sealed class MailComposerTests
{
    [Fact]
    public void Blank_lines_make_paragraphs_and_single_line_breaks_stay()
    {
        var html = MailComposer.ToHtml("Tiêu đề", "Chào Bình,\n\nDòng một\ndòng hai\n\nHết.");

        Assert.Contains("<p>Chào Bình,</p>\n<p>Dòng một<br>\ndòng hai</p>\n<p>Hết.</p>", html);
        Assert.Contains("<title>Tiêu đề</title>", html);
    }

    [Fact]
    public void A_full_stop_after_an_address_is_left_out_of_the_link()
    {
        var html = MailComposer.ToHtml("x", "Mở https://khcn.example.vn/tin-tuc/bai-viet.");

        Assert.Contains("Mở <a href=\"https://khcn.example.vn/tin-tuc/bai-viet\">https://khcn.example.vn/tin-tuc/bai-viet</a>.", html);
    }

    [Fact]
    public void The_sender_name_comes_from_FromName_then_From_then_the_default()
    {
        var message = new OutboxMessage { To = "a@example.vn", Subject = "s", TextBody = "t" };
        var now = DateTimeOffset.UnixEpoch;

        Assert.Equal("Sở KH&CN", Sender(new MailOptions { From = "Ban biên tập <bbt@example.vn>", FromName = "Sở KH&CN" }));
        Assert.Equal("Ban biên tập", Sender(new MailOptions { From = "Ban biên tập <bbt@example.vn>" }));
        Assert.Equal(MailTexts.DefaultSenderName, Sender(new MailOptions { From = "bbt@example.vn" }));

        string Sender(MailOptions options) => MailComposer.Compose(message, options, now).From.Mailboxes.Single().Name ?? "";
    }
}
