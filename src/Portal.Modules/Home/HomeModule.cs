using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Home;

/// <summary>
/// The home page composes the sections (news, column, clip, bulletin, events) and the blocks other modules add
/// through <see cref="AddHomeSlot"/>. Nothing depends on this module except the host; it depends on the sections.
/// </summary>
public static class HomeModule
{
    /// <summary>Adds a block to the home page: the partial renders itself and its own data; Order places it among the others.</summary>
    public static IServiceCollection AddHomeSlot(this IServiceCollection services, string partialName, int order) =>
        services.AddSingleton(new HomeSlot(partialName, order));
}

/// <summary>A block another module adds to the home page (the exchange's highlights, later the experts).</summary>
public sealed record HomeSlot(string PartialName, int Order);
