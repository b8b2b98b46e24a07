namespace Portal.Modules.Exchange.Matching;

/// <summary>What a match is made of: a need (a demand) and something that may meet it (an offer, equipment, later an expert).</summary>
public enum MatchSide { Demand = 0, Supply = 1 }

/// <summary>Which table a party of a match lives in. Listings today; the expert database adds its profiles as supply.</summary>
public enum MatchPartyType { Listing = 0, Expert = 1 }

public readonly record struct MatchParty(MatchPartyType Type, int Id);

/// <summary>
/// What the matcher reads of a listing (or an expert): S&amp;T field codes, keywords, title, province and money.
/// Nothing personal. <see cref="Budget"/> is a demand's budget, <see cref="Price"/> a supply's fixed price.
/// </summary>
public sealed record MatchProfile(
    MatchParty Party,
    MatchSide Side,
    string PrimaryField,
    IReadOnlyList<string> SecondaryFields,
    IReadOnlyList<string> Keywords,
    string Title,
    string? ProvinceCode,
    long? Budget = null,
    long? Price = null);

/// <summary>A demand and a supply that fit, how well, and why in words a member reads.</summary>
public sealed record MatchFound(MatchParty Demand, MatchParty Supply, double Score, string Reason);
