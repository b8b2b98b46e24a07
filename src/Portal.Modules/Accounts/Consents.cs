using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Accounts;

/// <summary>
/// One consent per person and purpose, with the version of the text they agreed to (Decree 356/2025):
/// never pre-ticked, withdrawable, kept as evidence.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Purpose { get; set; }
    public required string TextVersion { get; set; }
    public DateTime GrantedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
    public string? IpAddress { get; set; }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> consent)
    {
        consent.ToTable("Accounts_Consents");
        consent.Property(c => c.UserId).HasMaxLength(450);
        consent.Property(c => c.Purpose).HasMaxLength(60);
        consent.Property(c => c.TextVersion).HasMaxLength(40);
        consent.Property(c => c.IpAddress).HasMaxLength(64);
        consent.HasIndex(c => new { c.UserId, c.Purpose });
    }
}

/// <summary>The consent texts people see; a change of wording gets a new version.</summary>
public static class ConsentTexts
{
    public const string AccountPurpose = "account";
    public const string NewsletterPurpose = "newsletter";
    public const string Version = "2026-11";

    public const string Account =
        "Tôi đồng ý để Sở Khoa học và Công nghệ xử lý họ tên, địa chỉ thư và tên tổ chức của tôi nhằm tạo và quản lý tài khoản thành viên, " +
        "liên hệ về các yêu cầu tôi gửi qua cổng thông tin. Tôi có thể xem, sửa, xoá dữ liệu hoặc rút lại sự đồng ý bất cứ lúc nào.";

    public const string Newsletter = "Tôi muốn nhận thư thông báo về tin tức, sự kiện và công nghệ mới (không bắt buộc).";
}
