using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Tests.Infrastructure;
using Portal.Web;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// A data folder from before the upgrade holds its keys in keys/*.xml: the first start copies them into the database,
/// so what they protected (sign-in cookies, antiforgery tokens) still opens; a second import adds nothing.
/// </summary>
public sealed class DataProtectionKeysTests(DataProtectionKeysTests.UpgradedFactory factory) : IClassFixture<DataProtectionKeysTests.UpgradedFactory>
{
    public const string Purpose = "portal-upgrade-test";
    public const string Secret = "phiên đăng nhập trước khi nâng cấp";

    /// <summary>A site whose keys folder was written by the file-system key store, as older versions did.</summary>
    public sealed class UpgradedFactory : PortalFactory
    {
        public string Protected { get; private set; } = "";
        public IReadOnlyList<string> KeyFiles { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync();
            var keys = new DirectoryInfo(Path.Combine(Database.DataFolder, "keys"));
            var before = DataProtectionProvider.Create(keys, b => b.SetApplicationName("portal"));
            Protected = before.CreateProtector(Purpose).Protect(Secret);
            KeyFiles = [.. keys.GetFiles("*.xml").Select(f => Path.GetFileNameWithoutExtension(f.Name))];
            _ = Server;
        }
    }

    [Fact]
    public void What_the_old_keys_protected_still_opens_after_the_upgrade()
    {
        Assert.NotEmpty(factory.KeyFiles);
        var provider = factory.Services.GetRequiredService<IDataProtectionProvider>();
        Assert.Equal(Secret, provider.CreateProtector(Purpose).Unprotect(factory.Protected));
    }

    [Fact]
    public async Task The_keys_are_copied_in_once()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var names = await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync();
        Assert.NotEmpty(factory.KeyFiles);
        Assert.All(factory.KeyFiles, file => Assert.Single(names, file));
        Assert.Equal(0, await DataProtectionKeyImport.ImportAsync(db, Path.Combine(factory.Database.DataFolder, "keys"), NullLogger.Instance));
        Assert.Equal(names.Count, await db.DataProtectionKeys.CountAsync());
    }
}
