using System.Globalization;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>Dates and money the Vietnamese way: 06/03/2024 in lists, "ngày 06 tháng 3 năm 2024", 92.000.000 đồng.</summary>
public static class Formats
{
    public static readonly TimeZoneInfo VietnamTime = FindVietnamTime();
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTime);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime);

    public static string Date(DateTime? utc) => utc is { } d ? ToLocal(d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string DateTimeShort(DateTime? utc) => utc is { } d ? ToLocal(d).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string DateTimeWithSeconds(DateTime? utc) => utc is { } d ? ToLocal(d).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string LongDate(DateTime? utc) =>
        utc is { } d ? $"ngày {ToLocal(d):dd} tháng {ToLocal(d).Month} năm {ToLocal(d).Year}" : "";

    public static string IsoDate(DateTime? utc) => utc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "";

    public static string Money(decimal amount) => amount.ToString("#,0", Vietnamese) + " đồng";

    public static string Number(long value) => value.ToString("#,0", Vietnamese);

    /// <summary>A quantity that may have decimals: 1.701, 55,5.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", Vietnamese);

    private static TimeZoneInfo FindVietnamTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}
