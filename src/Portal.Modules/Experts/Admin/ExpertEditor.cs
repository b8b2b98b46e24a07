using Portal.Modules.Exchange;

namespace Portal.Modules.Experts.Admin;

/// <summary>What the profile form partial needs: the input, its collections as lines, and the lists to choose from.</summary>
public sealed record ExpertEditor(ExpertInput Input, ExpertForm Lines, ExchangeReference Reference);
