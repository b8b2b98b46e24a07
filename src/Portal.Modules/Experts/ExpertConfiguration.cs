using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Experts;

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> expert)
    {
        expert.ToTable("Experts_Profiles");
        expert.Property(e => e.Slug).HasMaxLength(ExpertRules.SlugLength);
        expert.HasIndex(e => e.Slug).IsUnique();
        expert.Property(e => e.FullName).HasMaxLength(ExpertRules.NameLength);
        expert.Property(e => e.PrimaryField).HasMaxLength(10);
        expert.Property(e => e.SecondaryFields).HasMaxLength(100);
        expert.Property(e => e.Keywords).HasMaxLength(500);
        expert.Property(e => e.Bio).HasMaxLength(ExpertRules.BioLength);
        expert.Property(e => e.BioEn).HasMaxLength(ExpertRules.BioLength);
        expert.Property(e => e.Services).HasMaxLength(100);
        expert.Property(e => e.Languages).HasMaxLength(100);
        expert.Property(e => e.Orcid).HasMaxLength(19);
        expert.Property(e => e.OrganisationName).HasMaxLength(ExpertRules.OrganisationLength);
        expert.Property(e => e.Unit).HasMaxLength(ExpertRules.OrganisationLength);
        expert.Property(e => e.ProvinceCode).HasMaxLength(4);
        expert.Property(e => e.Email).HasMaxLength(254);
        expert.Property(e => e.Phone).HasMaxLength(30);
        expert.Property(e => e.Address).HasMaxLength(300);
        expert.Property(e => e.OrganisationPhone).HasMaxLength(30);
        expert.Property(e => e.UserId).HasMaxLength(450);
        expert.Property(e => e.Stamp).IsConcurrencyToken();
        expert.Property(e => e.PhotoMediaId).HasMaxLength(32);
        expert.OwnsMany(e => e.Education, b => b.ToJson());
        expert.OwnsMany(e => e.Positions, b => b.ToJson());
        expert.OwnsMany(e => e.Publications, b => b.ToJson());
        expert.OwnsMany(e => e.Tasks, b => b.ToJson());
        expert.OwnsMany(e => e.Patents, b => b.ToJson());
        expert.OwnsMany(e => e.Transfers, b => b.ToJson());
        expert.OwnsMany(e => e.Awards, b => b.ToJson());
        expert.HasIndex(e => new { e.Status, e.UpdatedUtc });
        expert.HasIndex(e => e.UserId).IsUnique();
    }
}

internal sealed class ExpertConsentConfiguration : IEntityTypeConfiguration<ExpertConsent>
{
    public void Configure(EntityTypeBuilder<ExpertConsent> consent)
    {
        consent.ToTable("Experts_Consents");
        consent.Property(c => c.Purpose).HasMaxLength(30);
        consent.Property(c => c.TextVersion).HasMaxLength(ExpertConsent.VersionLength);
        consent.Property(c => c.Channel).HasMaxLength(20);
        consent.Property(c => c.RecordedBy).HasMaxLength(450);
        consent.HasOne(c => c.Profile).WithMany().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Cascade);
        consent.HasIndex(c => new { c.ProfileId, c.Purpose, c.Id });
    }
}
