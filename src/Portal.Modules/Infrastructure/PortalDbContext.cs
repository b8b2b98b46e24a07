using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// The one context of the portal. Each module keeps its entity configurations in its own folder;
/// they are picked up from this assembly so a module adds tables without touching this file.
/// It also holds the data-protection keys, so every node on one database signs cookies alike and a backup carries them.
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser, IdentityRole, string>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options) : base(options) { }

    protected PortalDbContext(DbContextOptions options) : base(options) { }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>().ToTable("Accounts_Users");
        builder.Entity<PortalUser>().Property(u => u.TaxCode).HasMaxLength(14);
        builder.Entity<PortalUser>().Property(u => u.Address).HasMaxLength(300);
        builder.Entity<IdentityRole>().ToTable("Accounts_Roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("Accounts_UserRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Accounts_UserClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Accounts_UserLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("Accounts_UserTokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Accounts_RoleClaims");
        builder.Entity<DataProtectionKey>().ToTable("DataProtection_Keys");
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

/// <summary>Migrations for SQLite are bound to this type, those for PostgreSQL to the next.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
