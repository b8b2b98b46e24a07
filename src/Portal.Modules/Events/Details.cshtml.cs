using Portal.Modules.Content;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Events;

public sealed class DetailsModel(PortalDbContext db) : SectionDetailsModel(db, EventsModule.Definition, StructuredData.Event);
