using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Pages;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, PagesModule.Definition);

public sealed class EnglishModel(PortalDbContext db) : SectionDetailsModel(db, PagesModule.Definition)
{
    protected override string Culture => "en";
}
