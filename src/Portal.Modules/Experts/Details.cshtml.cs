using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Exchange;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Media;

namespace Portal.Modules.Experts;

/// <summary>
/// An expert's public page: only while published and listed. The contact values are those
/// <see cref="ExpertVisibility"/> gives this viewer; the JSON-LD Person holds only what an anonymous visitor may see
/// (the output cache serves anonymous visitors alone, so no member's page is stored).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, IAuthorizationService authorization, ExpertPhotos photos, IMediaLibrary library) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public ExpertProfile Expert { get; private set; } = null!;
    public ExpertContact Contact { get; private set; } = ExpertContact.None;
    public ExchangeReference Reference { get; private set; } = new([], [], [], []);
    public string JsonLd { get; private set; } = "";
    /// <summary>The expert themself is looking and has changes waiting for a moderator.</summary>
    public bool OwnChangesPending { get; private set; }
    /// <summary>Whether the portal forwards questions to this expert (Consultations/Ask).</summary>
    public bool AcceptsQuestions { get; private set; }
    /// <summary>The portrait, only with display-photo granted (the page is public anyway).</summary>
    public MediaPicture? Photo { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (slug.Length > ExpertRules.SlugLength)
            return NotFound();
        var expert = await db.PublicExperts().AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (expert is null)
            return NotFound();
        Expert = expert;
        Reference = await ExchangeReference.LoadAsync(db, ct);
        var granted = await ConsentLedger.GrantedAsync(db, expert.Id, ct);
        var viewer = await ViewerAsync(expert);
        Contact = ExpertVisibility.ContactFor(expert, granted, viewer);
        OwnChangesPending = viewer == ExpertViewer.Self
            && await db.Set<ExpertRevision>().AnyAsync(r => r.ProfileId == expert.Id && r.Status == RevisionStatus.Pending, ct);
        AcceptsQuestions = granted.Contains(ConsentPurposes.ForwardRequests) && expert.OpenToConsulting && !string.IsNullOrWhiteSpace(expert.Email);
        Photo = await photos.PublicPictureAsync(expert, granted, ct);
        var image = Photo is null ? null : await library.ImageUrlAsync(expert.PhotoMediaId!, 640, "jpg", ct);
        JsonLd = StructuredData(expert, ExpertVisibility.ContactFor(expert, granted, ExpertViewer.Anonymous), Request.Absolute(expert.PublicPath),
            image is null ? null : Request.Absolute(image));
        return Page();
    }

    private async Task<ExpertViewer> ViewerAsync(ExpertProfile expert)
    {
        if (User.Identity?.IsAuthenticated != true)
            return ExpertViewer.Anonymous;
        if ((await authorization.AuthorizeAsync(User, ExpertsPermissions.Manage)).Succeeded)
            return ExpertViewer.Staff;
        return expert.UserId is not null && expert.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier) ? ExpertViewer.Self : ExpertViewer.Member;
    }

    private string StructuredData(ExpertProfile p, ExpertContact anonymous, string url, string? image)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Person",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = p.FullName,
            ["description"] = p.Bio.Length <= 300 ? p.Bio : p.Bio[..300],
            ["affiliation"] = new JsonObject { ["@type"] = "Organization", ["name"] = p.OrganisationName },
            ["knowsAbout"] = new JsonArray([.. new[] { p.PrimaryField }.Concat(p.SecondaryFieldList).Select(f => (JsonNode)Reference.FieldName(f))]),
        };
        var prefix = ExpertTexts.DisplayName("", p.Degree, p.Title).Trim();
        if (prefix.Length > 0)
            node["honorificPrefix"] = prefix;
        if (p.Orcid is not null)
            node["sameAs"] = "https://orcid.org/" + p.Orcid;
        if (image is not null)
            node["image"] = image;
        if (anonymous.Email is not null)
            node["email"] = anonymous.Email;
        if ((anonymous.Phone ?? anonymous.OrganisationPhone) is { } phone)
            node["telephone"] = phone;
        if (anonymous.Address is not null)
            node["address"] = anonymous.Address;
        return JsonSerializer.Serialize(node, Json);
    }
}
