using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// A permission a module declares, as Orchard Core's Permissions.cs does: its name (also the policy name that
/// [Authorize] and RequireAuthorization use), what it allows in Vietnamese, and the roles that hold it.
/// Accounts gathers every registered definition and builds one policy from each.
/// </summary>
public sealed record PermissionDefinition(string Name, string VietnameseDescription, IReadOnlyList<string> DefaultRoles);

/// <summary>
/// A link in the admin menu, shown to those who hold its permission, in ascending order. The link is marked
/// current under ActivePrefix (its own address by default), or only on its own address when MatchesExactly.
/// </summary>
public sealed record AdminMenuEntry(string Text, string Url, string Permission, int Order)
{
    public string? ActivePrefix { get; init; }
    public bool MatchesExactly { get; init; }

    public bool IsCurrent(string path) => MatchesExactly
        ? string.Equals(path, Url, StringComparison.OrdinalIgnoreCase)
        : new PathString(path).StartsWithSegments(ActivePrefix ?? Url);
}

public static class ModulePermissionsExtensions
{
    /// <summary>A module's permissions; call from its AddXxxModule().</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, IEnumerable<PermissionDefinition> permissions)
    {
        foreach (var permission in permissions)
            services.AddSingleton(permission);
        return services;
    }

    /// <summary>A module's admin menu entries; call from its AddXxxModule().</summary>
    public static IServiceCollection AddAdminMenu(this IServiceCollection services, params AdminMenuEntry[] entries)
    {
        foreach (var entry in entries)
            services.AddSingleton(entry);
        services.TryAddScoped<AdminMenu>();
        return services;
    }
}
