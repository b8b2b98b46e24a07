using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Experts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

/// <summary>A profile with its JSON collections and consent ledger, on the fixture's database (SQLite, or PostgreSQL when configured).</summary>
public sealed class ExpertStorageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Collections_are_stored_and_read_back()
    {
        var saved = await ExpertTestData.PublishAsync(factory, $"Trần Thu Lưu {Guid.NewGuid():N}");

        await using var scope = factory.Scope();
        var profile = await factory.Db(scope).Set<ExpertProfile>().AsNoTracking().SingleAsync(p => p.Id == saved.Id);
        Assert.Equal("Kỹ thuật nhiệt", Assert.Single(profile.Education).Major);
        Assert.Equal(2012, Assert.Single(profile.Positions).FromYear);
        Assert.Equal("10.1234/abc.2020.1", Assert.Single(profile.Publications).Doi);
        Assert.Equal(TaskLevel.Provincial, Assert.Single(profile.Tasks).Level);
        Assert.Equal("2-0001234", Assert.Single(profile.Patents).Number);
        Assert.Equal("HTX Hòa Vang", Assert.Single(profile.Transfers).Recipient);
        Assert.Equal(2019, Assert.Single(profile.Awards).Year);
        Assert.StartsWith("tran-thu-luu-", profile.Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_the_listing_consent_takes_the_profile_off_at_once_with_a_removal_in_the_feed()
    {
        var saved = await ExpertTestData.PublishAsync(factory, $"Lê Văn Rút {Guid.NewGuid():N}");
        await using (var scope = factory.Scope())
            Assert.True(await factory.Db(scope).PublicExperts().AnyAsync(p => p.Id == saved.Id));

        await ExpertTestData.ConsentAsync(factory, saved.Id, ConsentPurposes.Listed, false);

        await using var check = factory.Scope();
        var db = factory.Db(check);
        Assert.False(await db.PublicExperts().AnyAsync(p => p.Id == saved.Id));
        var last = await db.Set<ChangeEntry>().Where(c => c.Source == ExpertWorkflow.Module && c.EntityId == saved.Slug).OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal(ChangeKind.Removed, last.Kind);
        var lines = await db.Set<ExpertConsent>().Where(c => c.ProfileId == saved.Id && c.Purpose == ConsentPurposes.Listed).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal([true, false], lines.Select(l => l.Granted));
        Assert.All(lines, l => Assert.Equal("v1-2026", l.TextVersion));
    }

    [Fact]
    public async Task Withdrawing_a_display_consent_of_a_public_profile_records_a_change()
    {
        var saved = await ExpertTestData.PublishAsync(factory, $"Phan Thị Đổi {Guid.NewGuid():N}", ContactVisibility.Public, ConsentPurposes.DisplayEmail);

        await ExpertTestData.ConsentAsync(factory, saved.Id, ConsentPurposes.DisplayEmail, false);

        await using var scope = factory.Scope();
        var kinds = await factory.Db(scope).Set<ChangeEntry>().Where(c => c.Source == ExpertWorkflow.Module && c.EntityId == saved.Slug).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync();
        Assert.Equal(ChangeKind.Changed, kinds[^1]);
        Assert.DoesNotContain(ConsentPurposes.DisplayEmail, await ConsentLedger.GrantedAsync(factory.Db(scope), saved.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Every_check_answers_in_vietnamese_with_the_field()
    {
        await using var scope = factory.Scope();
        var rules = scope.ServiceProvider.GetRequiredService<ExpertRules>();
        var input = ExpertTestData.Input("");
        input.Orcid = "0000-0002-1825-0098";
        input.Title = AcademicTitle.GS;
        input.TitleYear = null;
        input.SecondaryFields = ["101", "102", "103", "104", "105", "106"];
        input.Publications[0].Doi = "doi:sai";
        input.Email = "khong-phai-thu";
        input.Languages = ["xx"];
        input.Awards = [.. Enumerable.Range(0, 31).Select(i => new ExpertAward { Title = "Giải " + i })];

        var problems = await rules.CheckAsync(input, null, CancellationToken.None);

        var fields = problems.Select(p => p.Field).ToList();
        foreach (var field in new[] { "FullName", "Orcid", "TitleYear", "SecondaryFields", "Publications[0]", "Email", "Languages", "Awards" })
            Assert.Contains(field, fields);
        Assert.Contains(problems, p => p.Message == "Vui lòng nhập họ và tên.");
    }
}
