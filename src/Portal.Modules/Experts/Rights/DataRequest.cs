using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Experts.Rights;

/// <summary>Xem/nhận bản sao, sửa, xoá, rút lại đồng ý một mục đích (Law 91/2025/QH15, Decree 356/2025).</summary>
public enum DataRequestKind { Access = 0, Correction = 1, Erasure = 2, Withdrawal = 3 }

/// <summary>Pending waits for the requester's e-mail link; only then it is received and its deadlines run.</summary>
public enum DataRequestStatus { Pending = 0, Received = 1, Acknowledged = 2, Completed = 3, Refused = 4 }

/// <summary>
/// A data-subject request about an expert profile: from the public form (after its e-mail link), entered by
/// staff, or done by the expert themself (completed at once), so the queue is the whole record. The deadlines
/// are working days from the time it was received: acknowledged within 2, completed within 15.
/// </summary>
public sealed class DataRequest
{
    public const int EmailLength = 254;
    public const int ProfileTextLength = 300;
    public const int DescriptionLength = 2000;
    public const int AnswerLength = 4000;

    public int Id { get; set; }
    public DataRequestKind Kind { get; set; }
    /// <summary>The consent purpose a withdrawal is about.</summary>
    public string? Purpose { get; set; }
    /// <summary>The profile, once known (the expert's own page, a link the form resolved, or staff linked it).</summary>
    public int? ProfileId { get; set; }
    /// <summary>What the requester typed to name the profile (name or link).</summary>
    public string? ProfileText { get; set; }
    /// <summary>Null once the profile is erased: the request stays as a non-personal line.</summary>
    public string? RequesterEmail { get; set; }
    public string Description { get; set; } = "";
    /// <summary>form, self, staff.</summary>
    public required string Channel { get; set; }
    public DataRequestStatus Status { get; set; }
    public string? ConfirmToken { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReceivedUtc { get; set; }
    public DateTime? AcknowledgeByUtc { get; set; }
    public DateTime? DueUtc { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    /// <summary>The answer mailed to the requester, kept as sent.</summary>
    public string? Answer { get; set; }
    public string? HandledBy { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public bool IsOpen => Status is DataRequestStatus.Received or DataRequestStatus.Acknowledged;

    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
}

internal sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> request)
    {
        request.ToTable("Experts_DataRequests");
        request.Property(r => r.Purpose).HasMaxLength(30);
        request.Property(r => r.ProfileText).HasMaxLength(DataRequest.ProfileTextLength);
        request.Property(r => r.RequesterEmail).HasMaxLength(DataRequest.EmailLength);
        request.Property(r => r.Description).HasMaxLength(DataRequest.DescriptionLength);
        request.Property(r => r.Channel).HasMaxLength(20);
        request.Property(r => r.ConfirmToken).HasMaxLength(64);
        request.Property(r => r.Answer).HasMaxLength(DataRequest.AnswerLength);
        request.Property(r => r.HandledBy).HasMaxLength(256);
        request.Property(r => r.Stamp).IsConcurrencyToken();
        request.HasIndex(r => r.ConfirmToken).IsUnique();
        request.HasIndex(r => new { r.Status, r.DueUtc });
        request.HasIndex(r => r.ProfileId);
        request.HasIndex(r => r.RequesterEmail);
    }
}
