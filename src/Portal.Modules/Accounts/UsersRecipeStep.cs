using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Recipes;
using Portal.Modules.Infrastructure.Identity;

namespace Portal.Modules.Accounts;

/// <summary>
/// { "name": "users", "users": [ { "email", "displayName", "roles": [..], "password"? } ] }. Upsert by e-mail;
/// a password is set only when the account is created, and never exported.
/// </summary>
internal sealed partial class UsersRecipeStep(UserManager<PortalUser> users, TimeProvider clock) : IRecipeStep
{
    public string Name => "users";
    public int Order => 10;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (entry, path) in context.Array(step, "users", "users"))
        {
            var email = context.RequiredString(entry, "email", path).Trim();
            var displayName = context.OptionalString(entry, "displayName", path)?.Trim() ?? email;
            var organisation = context.OptionalString(entry, "organisationName", path)?.Trim();
            if (organisation?.Length > 200)
                throw context.Error($"{path}.organisationName", "dài tối đa 200 ký tự.");
            var taxCode = context.OptionalString(entry, "taxCode", path)?.Trim();
            if (taxCode is not null && !TaxCode().IsMatch(taxCode))
                throw context.Error($"{path}.taxCode", "gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số (đơn vị phụ thuộc).");
            var address = context.OptionalString(entry, "address", path)?.Trim();
            if (address?.Length > 300)
                throw context.Error($"{path}.address", "dài tối đa 300 ký tự.");
            var roles = context.Array(entry, "roles", path).Select(r => r.Item.GetString() ?? "").ToList();
            var unknown = roles.FirstOrDefault(r => !Roles.All.Contains(r));
            if (unknown is not null)
                throw context.Error($"{path}.roles", $"không có vai trò „{unknown}”. Các vai trò: {string.Join(", ", Roles.All)}.");

            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationName = organisation, TaxCode = taxCode, Address = address, CreatedUtc = clock.GetUtcNow().UtcDateTime };
                var password = context.OptionalString(entry, "password", path) ?? "R" + RandomNumberGenerator.GetHexString(20) + "x";
                Check(await users.CreateAsync(user, password), context, path);
                context.Changes++;
            }
            else if (user.DisplayName != displayName || (organisation is not null && user.OrganisationName != organisation)
                || (taxCode is not null && user.TaxCode != taxCode) || (address is not null && user.Address != address))
            {
                user.DisplayName = displayName;
                user.OrganisationName = organisation ?? user.OrganisationName;
                user.TaxCode = taxCode ?? user.TaxCode;
                user.Address = address ?? user.Address;
                Check(await users.UpdateAsync(user), context, path);
                context.Changes++;
            }
            var current = await users.GetRolesAsync(user);
            var missing = roles.Except(current).ToList();
            if (missing.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, missing), context, path);
                context.Changes++;
            }
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var list = new JsonArray();
        foreach (var user in (await users.Users.AsNoTracking().ToListAsync(ct)).OrderBy(u => u.Email, StringComparer.Ordinal))
        {
            var roles = await users.GetRolesAsync(user);
            var node = new JsonObject
            {
                ["email"] = user.Email,
                ["displayName"] = user.DisplayName,
                ["roles"] = new JsonArray(roles.Order(StringComparer.Ordinal).Select(r => (JsonNode)r!).ToArray()),
            };
            if (user.OrganisationName is not null)
                node["organisationName"] = user.OrganisationName;
            if (user.TaxCode is not null)
                node["taxCode"] = user.TaxCode;
            if (user.Address is not null)
                node["address"] = user.Address;
            list.Add(node);
        }
        return list.Count == 0 ? null : new JsonObject { ["name"] = Name, ["users"] = list };
    }

    private static void Check(IdentityResult result, RecipeContext context, string path)
    {
        if (!result.Succeeded)
            throw context.Error(path, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex(@"^[0-9]{10}(-[0-9]{3})?$")]
    private static partial Regex TaxCode();
}
