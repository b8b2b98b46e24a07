using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Media;

namespace Portal.Modules.Exchange;

/// <summary>
/// A listing's public page: published, or expired with a notice (the address keeps working). What the owner
/// keeps internal (contact person, e-mail, telephone, the organisation behind an alias) is never read into it; its
/// members-only files only for a member (the output cache serves anonymous visitors alone, so no member's page is stored).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, IMediaLibrary library, IAuthorizationService authorization) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public PublicListing Listing { get; private set; } = null!;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public string JsonLd { get; private set; } = "";
    public ListingFiles Files { get; private set; } = ListingFiles.None;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (code.Length > 20)
            return NotFound();
        var upper = code.ToUpperInvariant();
        var listing = await db.Set<Listing>().AsNoTracking()
            .Where(l => l.Code == upper && (l.Status == ListingStatus.Published || l.Status == ListingStatus.Expired))
            .Select(PublicListing.Projection).SingleOrDefaultAsync(ct);
        if (listing is null)
            return NotFound();
        Listing = listing;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        var media = await db.Set<Listing>().AsNoTracking().Where(l => l.Code == upper)
            .Select(l => new { l.PublicMediaIds, l.MemberMediaIds }).SingleAsync(ct);
        var isMember = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, ExchangePermissions.Submit)).Succeeded;
        Files = await ListingFiles.LoadAsync(library, Portal.Modules.Exchange.Listing.Split(media.PublicMediaIds), Portal.Modules.Exchange.Listing.Split(media.MemberMediaIds), isMember, ct);
        JsonLd = StructuredData(listing, Request.Absolute(listing.Path));
        return Page();
    }

    private string StructuredData(PublicListing l, string url)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = l.Kind == ListingKind.Demand ? "Demand" : "Product",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = l.Title,
            ["description"] = l.Summary,
            ["identifier"] = l.Code,
            ["category"] = Reference.FieldName(l.PrimaryField),
        };
        if (l.Keywords.Count > 0)
            node["keywords"] = string.Join(", ", l.Keywords);
        if (l.Kind != ListingKind.Demand)
            node["brand"] = new JsonObject { ["@type"] = "Organization", ["name"] = l.Owner };
        return JsonSerializer.Serialize(node, Json);
    }
}

/// <summary>The columns a public surface may show; the projection leaves the contact block and the real owner behind an alias in the database.</summary>
public sealed record PublicListing(
    string Code, ListingKind Kind, ListingStatus Status, string Title, string? TitleEn, string Summary, string? SummaryEn, string Description, string? DescriptionEn,
    string? Advantages, string? Applications, string PrimaryField, IReadOnlyList<string> SecondaryFields, IReadOnlyList<string> Keywords,
    int? Trl, string? TrlEvidence, string IpStatus, string? IpDetails, IReadOnlyList<string> TransferTypes, PriceMode PriceMode, long? PriceAmount,
    LegalCategory LegalCategory, string ProvinceCode, string Owner, DateTime? PublishedUtc, DateTime? ExpiresUtc, DateTime UpdatedUtc)
{
    public string Path => "/san-cong-nghe/" + Code.ToLowerInvariant();
    public bool Expired => Status == ListingStatus.Expired;

    public static readonly System.Linq.Expressions.Expression<Func<Listing, PublicListing>> Projection = l => new PublicListing(
        l.Code, l.Kind, l.Status, l.Title, l.TitleEn, l.Summary, l.SummaryEn, l.Description, l.DescriptionEn, l.Advantages, l.Applications,
        l.PrimaryField, Portal.Modules.Exchange.Listing.Split(l.SecondaryFields), Portal.Modules.Exchange.Listing.Split(l.Keywords),
        l.Trl, l.TrlEvidence, l.IpStatus, l.IpDetails, Portal.Modules.Exchange.Listing.Split(l.TransferTypes), l.PriceMode, l.PriceAmount,
        l.LegalCategory, l.ProvinceCode, l.Alias ?? l.OrganisationName, l.PublishedUtc, l.ExpiresUtc, l.UpdatedUtc);
}
