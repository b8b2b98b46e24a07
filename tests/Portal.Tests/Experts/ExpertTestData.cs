using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Changes;
using Portal.Modules.Experts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Experts;

public sealed record SavedExpert(int Id, string Slug, string Email, string Phone)
{
    public string Page => "/chuyen-gia/" + Slug;
}

public static class ExpertTestData
{
    public static ExpertInput Input(string name, ContactVisibility visibility = ContactVisibility.Public) => new()
    {
        FullName = name, Degree = ExpertDegree.TS, Title = AcademicTitle.PGS, TitleYear = 2015, PrimaryField = "401", SecondaryFields = ["502"],
        Keywords = "sấy nông sản; bảo quản sau thu hoạch", Bio = "Nghiên cứu công nghệ sấy và bảo quản nông sản sau thu hoạch.",
        Services = ["consulting", "council"], Languages = ["vi", "en"], OpenToConsulting = true, OpenToCompanies = true,
        Orcid = "0000-0002-1825-0097", OrganisationName = "Viện Cơ điện nông nghiệp", Unit = "Phòng Sấy", ProvinceCode = "48",
        Email = $"cg-{Guid.NewGuid():N}@vien.vn", EmailVisibility = visibility, Phone = "0905 246 810", PhoneVisibility = visibility,
        Education = [new() { Degree = ExpertDegree.TS, Major = "Kỹ thuật nhiệt", Institution = "Đại học Bách khoa Hà Nội", Year = 2008 }],
        Positions = [new() { Organisation = "Viện Cơ điện nông nghiệp", Unit = "Phòng Sấy", Title = "Trưởng phòng", FromYear = 2012 }],
        Publications = [new() { Title = "Sấy bơm nhiệt cho nông sản", Venue = "Tạp chí KH&CN", Year = 2020, Doi = "10.1234/abc.2020.1" }],
        Tasks = [new() { Title = "Nhiệm vụ sấy cà phê", Level = TaskLevel.Provincial, Role = TaskRole.Lead, FromYear = 2019, ToYear = 2021 }],
        Patents = [new() { Title = "Buồng sấy kín", Number = "2-0001234", Year = 2021 }],
        Transfers = [new() { Title = "Máy sấy 2 tấn/mẻ", Recipient = "HTX Hòa Vang", Year = 2022 }],
        Awards = [new() { Title = "Giải ba VIFOTEC", Year = 2019 }],
    };

    /// <summary>A profile through the workflow as staff would: published, listed and with the given display consents.</summary>
    public static async Task<SavedExpert> PublishAsync(PortalFactory factory, string name, ContactVisibility visibility = ContactVisibility.Public, params string[] consents)
    {
        await using var scope = factory.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<ExpertWorkflow>();
        var input = Input(name, visibility);
        var profile = await workflow.CreateAsync(input, CancellationToken.None);
        foreach (var purpose in consents.Prepend(ConsentPurposes.Listed))
            await workflow.RecordConsentAsync(profile, purpose, true, "v1-2026", "staff", null, CancellationToken.None);
        await workflow.SetStatusAsync(profile, ExpertStatus.Published, CancellationToken.None);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
        return new(profile.Id, profile.Slug, input.Email!, input.Phone!);
    }

    public static async Task ConsentAsync(PortalFactory factory, int id, string purpose, bool granted)
    {
        await using var scope = factory.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<ExpertWorkflow>();
        var profile = await factory.Db(scope).Set<ExpertProfile>().FindAsync(id);
        await workflow.RecordConsentAsync(profile!, purpose, granted, "v1-2026", "staff", null, CancellationToken.None);
        await factory.Db(scope).SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IChangeFeed>().PublishAsync(CancellationToken.None);
    }
}
