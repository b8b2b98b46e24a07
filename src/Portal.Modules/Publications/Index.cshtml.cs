using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Publications;

public sealed class IndexModel(ReadDb read) : SectionListModel(read, PublicationsModule.Definition);
