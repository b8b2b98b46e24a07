using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange.Matching;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Experts;

/// <summary>
/// Public experts as supply for the exchange's demands: their fields, keywords and province, described to members
/// by name, degree and title, organisation and page. Nothing of the contact block.
/// </summary>
internal sealed class ExpertMatchProfiles(PortalDbContext db) : IMatchProfileSource
{
    public MatchPartyType Type => MatchPartyType.Expert;

    public string FeedSource => ExpertWorkflow.Module;

    public async Task<(IReadOnlyList<MatchProfile> Public, IReadOnlyList<int> Gone)> LoadChangedAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct)
    {
        var all = await db.Set<ExpertProfile>().AsNoTracking().Where(p => entityIds.Contains(p.Slug)).Select(p => p.Id).ToListAsync(ct);
        var current = await Rows(db.PublicExperts().Where(p => entityIds.Contains(p.Slug)), ct);
        return (current, all.Except(current.Select(c => c.Party.Id)).ToList());
    }

    public Task<IReadOnlyList<MatchProfile>> LoadAsync(CancellationToken ct) => Rows(db.PublicExperts(), ct);

    public async Task<IReadOnlyDictionary<int, MatchCounterpart>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.PublicExperts().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.FullName, p.Degree, p.Title, p.OrganisationName }).ToListAsync(ct);
        return rows.ToDictionary(p => p.Id, p => new MatchCounterpart(
            "Chuyên gia", ExpertTexts.DisplayName(p.FullName, p.Degree, p.Title), p.OrganisationName, $"{ExpertPaths.Public}/{p.Slug}"));
    }

    private static async Task<IReadOnlyList<MatchProfile>> Rows(IQueryable<ExpertProfile> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Select(p => new { p.Id, p.PrimaryField, p.SecondaryFields, p.Keywords, p.Bio, p.ProvinceCode }).ToListAsync(ct);
        return rows.Select(p => new MatchProfile(new MatchParty(MatchPartyType.Expert, p.Id), MatchSide.Supply, p.PrimaryField,
            ExpertProfile.Split(p.SecondaryFields), ExpertProfile.Split(p.Keywords), FirstSentence(p.Bio), p.ProvinceCode)).ToList();
    }

    /// <summary>The matcher reads two-syllable words of a title: an expert's is the bio's first sentence.</summary>
    private static string FirstSentence(string bio)
    {
        var end = bio.IndexOfAny(['.', '\n']);
        var sentence = end < 0 ? bio : bio[..end];
        return sentence.Length <= 200 ? sentence : sentence[..200];
    }
}
