using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Infrastructure.Identity;

/// <summary>
/// Who acted, as colleagues know them. The audit log and versions keep the sign-in name (an e-mail) for
/// accountability; pages that show them to editors look the display name up here, so renamed users read right too.
/// </summary>
public static class UserDisplayNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(PortalDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DisplayName != "")
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <summary>The display name of <paramref name="userId"/>, or <paramref name="recorded"/> (a deleted user, the system).</summary>
    public static string NameOf(this IReadOnlyDictionary<string, string> names, string? userId, string recorded) =>
        userId is not null && names.TryGetValue(userId, out var name) ? name : recorded;
}
