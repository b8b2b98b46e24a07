using Portal.Modules.Infrastructure;
using Portal.Modules.Site;

namespace Portal.Modules.Clips;

public sealed class IndexModel(ReadDb read) : SectionListModel(read, ClipsModule.Definition);
