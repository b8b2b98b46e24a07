using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>The identity fields of /admin/cai-dat: banner, public services, related agencies, visitor counter.</summary>
public sealed class SettingsFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Administrator_saves_identity_settings_and_a_malformed_agency_line_is_refused_in_vietnamese()
    {
        var client = await factory.SignedInAsync(PortalFactory.AdminEmail);
        var form = await client.GetStringAsync("/admin/cai-dat");
        Assert.Contains("<textarea id=\"RelatedAgencies\"", form);
        Assert.Contains("<input id=\"VisitorCounter\" name=\"Input.VisitorCounter\" type=\"checkbox\" value=\"true\"", form);

        var bad = await client.PostAsync("/admin/cai-dat", Fields(form, "Bộ KH&CN | https://mst.example.vn\nchỉ có tên"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Dòng 2: mỗi dòng phải có dạng", await bad.Content.ReadAsStringAsync());

        var good = await client.PostAsync("/admin/cai-dat", Fields(form, "Bộ KH&CN | https://mst.example.vn\r\nCục SHTT | https://ip.example.vn"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        await using var scope = factory.Scope();
        var saved = await factory.Db(scope).Set<SiteSettings>().AsNoTracking().SingleAsync();
        Assert.Equal("/media/bang-ron.jpg", saved.BannerUrl);
        Assert.True(saved.VisitorCounter);
        Assert.Equal(2, RelatedAgencies.Parse(saved.RelatedAgencies).Count);
    }

    private static FormUrlEncodedContent Fields(string form, string agencies) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = PortalFactory.FormValue(form, "__RequestVerificationToken"),
        ["Input.Stamp"] = PortalFactory.FormValue(form, "Input.Stamp"),
        ["Input.AgencyName"] = "Sở Khoa học và Công nghệ thử nghiệm",
        ["Input.BannerUrl"] = "/media/bang-ron.jpg",
        ["Input.PublicServicesUrl"] = "https://dichvucong.example.vn",
        ["Input.RelatedAgencies"] = agencies,
        ["Input.VisitorCounter"] = "true",
    });
}
