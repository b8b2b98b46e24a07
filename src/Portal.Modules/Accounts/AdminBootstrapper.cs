using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>Creates the roles and, on first start, the first administrator.</summary>
internal sealed class AdminBootstrapper(
    RoleManager<IdentityRole> roles, UserManager<PortalUser> users, IConfiguration configuration,
    TimeProvider clock, OperatorConsole console, ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
            return;

        var email = configuration["PORTAL_ADMIN_EMAIL"] ?? "admin@localhost";
        var password = configuration["PORTAL_ADMIN_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
            password = GeneratePassword();
        var admin = await users.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant())
            ?? new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Quản trị hệ thống", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var result = admin.Id is { Length: > 0 } && await users.FindByIdAsync(admin.Id) is not null
            ? IdentityResult.Success
            : await users.CreateAsync(admin, password!);
        if (!result.Succeeded)
            throw new InvalidOperationException("Không tạo được tài khoản quản trị đầu tiên: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, Roles.Administrator);
        if (generated)
        {
            // Printed once, on the start that created the account; it is not stored anywhere in clear.
            await console.Out.WriteLineAsync($"\n  Tài khoản quản trị đầu tiên: {email}\n  Mật khẩu (chỉ hiện một lần): {password}\n");
        }
        logger.LogInformation("First administrator created"); // no address: logs carry no personal data
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "P" + RandomNumberGenerator.GetString(alphabet, 15) + "7a";
    }
}
