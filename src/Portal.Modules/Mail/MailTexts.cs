namespace Portal.Modules.Mail;

/// <summary>The Vietnamese text the mail module adds around what other modules write.</summary>
internal static class MailTexts
{
    /// <summary>The sender's name when neither Mail:FromName nor Mail:From gives one.</summary>
    public const string DefaultSenderName = "Cổng thông tin khoa học và công nghệ";
}
