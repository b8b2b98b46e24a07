namespace Portal.Modules.Exchange.Matching;

/// <summary>A counterpart as a member or moderator sees it in a list of matches: only what its public page shows.</summary>
public sealed record MatchCounterpart(string KindName, string Title, string Owner, string Path);

public sealed record MatchView(MatchParty Party, MatchCounterpart Counterpart, double Score, string Reason);

/// <summary>
/// Where the matcher gets the parties of one type: every public one as a profile, and how to show some of them.
/// The exchange supplies listings; the expert database adds its public profiles as supply.
/// </summary>
public interface IMatchProfileSource
{
    MatchPartyType Type { get; }

    /// <summary>The change-feed source whose entries change this type's profiles ("exchange").</summary>
    string FeedSource { get; }

    /// <summary>For changed entities of the feed: the profiles of those public now, and the ids of those that are not.</summary>
    Task<(IReadOnlyList<MatchProfile> Public, IReadOnlyList<int> Gone)> LoadChangedAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct);

    Task<IReadOnlyList<MatchProfile>> LoadAsync(CancellationToken ct);

    /// <summary>The public ones among <paramref name="ids"/>; a party no longer public is left out.</summary>
    Task<IReadOnlyDictionary<int, MatchCounterpart>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken ct);
}

/// <summary>
/// This process' matcher, kept between requests and brought up to date from the change feed before each use, so
/// matching one listing does not load every profile again, and a listing published on another node is seen too.
/// </summary>
public sealed class MatcherCache
{
    internal SemaphoreSlim Gate { get; } = new(1, 1);
    internal Matcher? Matcher { get; set; }
    internal long Cursor { get; set; }
}
