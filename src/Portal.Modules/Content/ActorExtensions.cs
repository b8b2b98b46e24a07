using System.Security.Claims;

namespace Portal.Modules.Content;

public static class ActorExtensions
{
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "");
}
