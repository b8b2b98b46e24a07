using System.Globalization;

namespace Portal.Modules.Columns;

/// <summary>
/// When a series comes out. Two rules the plans use, which differ in some months:
/// "third Thursday of each month" (the 3rd occurrence of the weekday) and "20:30 Saturday of the third week"
/// (the weekday inside the month's 3rd Monday-to-Sunday week, week 1 being the one holding the 1st).
/// </summary>
public sealed record ColumnSchedule(ColumnScheduleKind Kind, int Week, DayOfWeek Day, TimeOnly Time)
{
    public DateTime DateIn(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        DateOnly date;
        if (Kind == ColumnScheduleKind.NthWeekday)
        {
            var offset = ((int)Day - (int)first.DayOfWeek + 7) % 7;
            date = first.AddDays(offset + 7 * (Week - 1));
        }
        else
        {
            var mondayOfFirstWeek = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
            var dayIndex = ((int)Day + 6) % 7; // Monday = 0 … Sunday = 6
            date = mondayOfFirstWeek.AddDays(7 * (Week - 1) + dayIndex);
        }
        // A fifth occurrence may not exist: the last one in the month stands in for it.
        while (date.Month != month)
            date = date.AddDays(date > first ? -7 : 7);
        return date.ToDateTime(Time);
    }

    /// <summary>The first issue date strictly after the given local time.</summary>
    public DateTime NextAfter(DateTime local)
    {
        for (var month = new DateTime(local.Year, local.Month, 1); ; month = month.AddMonths(1))
        {
            var date = DateIn(month.Year, month.Month);
            if (date > local)
                return date;
        }
    }

    public string Describe()
    {
        var day = VietnameseDay(Day);
        var time = Time == TimeOnly.MinValue ? "" : Time.ToString("HH:mm", CultureInfo.InvariantCulture) + " ";
        return Kind == ColumnScheduleKind.NthWeekday
            ? $"{time}{day} lần thứ {Week} trong tháng"
            : $"{time}{day} tuần thứ {Week} hàng tháng";
    }

    public static string VietnameseDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>Reads the rule from a series' fields; null when the series has no regular schedule.</summary>
    public static ColumnSchedule? From(Content.ContentFieldValues fields)
    {
        var kind = fields.String("scheduleKind") switch
        {
            "nth-weekday" => ColumnScheduleKind.NthWeekday,
            "weekday-of-week" => ColumnScheduleKind.WeekdayOfWeek,
            _ => (ColumnScheduleKind?)null,
        };
        var week = fields.Int("scheduleWeek");
        var day = fields.Int("scheduleDay");
        if (kind is null || week is not (>= 1 and <= 5) || day is not (>= 0 and <= 6))
            return null;
        var time = TimeOnly.TryParseExact(fields.String("scheduleTime") ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : TimeOnly.MinValue;
        return new ColumnSchedule(kind.Value, week.Value, (DayOfWeek)day.Value, time);
    }
}

public enum ColumnScheduleKind { NthWeekday, WeekdayOfWeek }
