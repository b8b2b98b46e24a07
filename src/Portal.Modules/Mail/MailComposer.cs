using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using MimeKit;

namespace Portal.Modules.Mail;

/// <summary>
/// Turns an outbox row into the MIME message that is sent: multipart/alternative with the template's text as
/// text/plain and the same text as simple HTML. MimeKit writes the Vietnamese subject and names as UTF-8
/// encoded words and picks each part's transfer encoding for what the server accepts.
/// </summary>
internal static partial class MailComposer
{
    // Vietnamese stays readable in the HTML source; only markup characters become entities.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static MimeMessage Compose(OutboxMessage message, MailOptions options, DateTimeOffset now)
    {
        var sender = MailboxAddress.Parse(options.From);
        if (!string.IsNullOrWhiteSpace(options.FromName))
            sender.Name = options.FromName;
        else if (string.IsNullOrWhiteSpace(sender.Name))
            sender.Name = MailTexts.DefaultSenderName;
        var mail = new MimeMessage { Subject = message.Subject, Date = now };
        mail.From.Add(sender);
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(sender.Domain);
        mail.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = ToHtml(message.Subject, message.TextBody) }.ToMessageBody();
        return mail;
    }

    /// <summary>
    /// The HTML alternative of a plain-text template: blank lines separate paragraphs, single line breaks stay,
    /// and web addresses become links. Everything else is encoded, so a name typed into a form stays text.
    /// </summary>
    public static string ToHtml(string subject, string text)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a\">\n");
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
            html.Append("<p>").AppendJoin("<br>\n", paragraph.Split('\n').Select(Line)).Append("</p>\n");
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Line(string line)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match link in WebAddress().Matches(line))
        {
            html.Append(Html.Encode(line[at..link.Index]));
            var address = Html.Encode(link.Value);
            html.Append("<a href=\"").Append(address).Append("\">").Append(address).Append("</a>");
            at = link.Index + link.Length;
        }
        return html.Append(Html.Encode(line[at..])).ToString();
    }

    // A sentence's full stop or closing bracket after an address is not part of it.
    [GeneratedRegex(@"https?://[^\s<>""]+?(?=[.,;:!?)]*(\s|$))")]
    private static partial Regex WebAddress();
}
