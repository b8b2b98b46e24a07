namespace Portal.Modules.Plans;

/// <summary>Where a planned item appears. Stored by name.</summary>
public enum PlanChannel { Other = 0, Newspaper, Television, Radio, Website, Print, Event, Conference }

/// <summary>An item's progress. "Đã thực hiện" in an owner or note column imports as <see cref="Done"/>.</summary>
public enum PlanItemStatus { Planned = 0, InProgress, Done, Cancelled }

/// <summary>How a period was written: one month, a quarter, a range of months, several months, the whole year,
/// every month ("Hàng tháng"), as things happen ("Theo thực tế"), or not stated.</summary>
public enum PlanPeriodKind { Unspecified = 0, Month, Quarter, Range, Months, Year, Monthly, AsNeeded, Dates }

public enum PlanStatus { Draft = 0, Published = 1 }
