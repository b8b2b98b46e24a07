namespace Portal.Modules.Site;

/// <summary>
/// A block another module adds to the home page (the exchange's highlights, later the experts):
/// the partial renders itself and its own data; Order places it among the others.
/// </summary>
public sealed record HomeSlot(string PartialName, int Order);
