using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>The admin menu the modules registered, narrowed to what the signed-in person may open.</summary>
public sealed class AdminMenu(IEnumerable<AdminMenuEntry> entries, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<AdminMenuEntry>> VisibleToAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuEntry>();
        var granted = new Dictionary<string, bool>();
        foreach (var entry in entries.OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.Ordinal))
        {
            if (!granted.TryGetValue(entry.Permission, out var allowed))
                granted[entry.Permission] = allowed = (await authorization.AuthorizeAsync(user, entry.Permission)).Succeeded;
            if (allowed)
                visible.Add(entry);
        }
        return visible;
    }
}
