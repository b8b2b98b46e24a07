using System.Net.Mail;

namespace Portal.Modules.Infrastructure.Text;

public static class EmailAddresses
{
    /// <summary>A bare address as typed ("a@b.vn"): no display name, nothing the parser would drop or rewrite.</summary>
    public static bool IsBare(string email) =>
        MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.DisplayName.Length == 0;
}
