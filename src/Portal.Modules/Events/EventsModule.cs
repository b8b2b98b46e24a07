using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Events;

public static class EventsModule
{
    public const string ContentType = "event";

    public static readonly ContentTypeDefinition Definition = new(ContentType, "Sự kiện", "/su-kien")
    {
        ItemName = "sự kiện",
        DisplayDateField = "start",
        Fields =
        [
            new("start", "Bắt đầu", FieldKind.DateTime) { Required = true },
            new("end", "Kết thúc", FieldKind.DateTime),
            new("place", "Địa điểm", FieldKind.Text) { MaxLength = 300 },
            new("organiser", "Đơn vị tổ chức", FieldKind.Text) { MaxLength = 300 },
            new("registrationUrl", "Liên kết đăng ký", FieldKind.Url),
        ],
    };

    /// <summary>The days the sector marks every year; the admin creates them for a year in one click.</summary>
    public static readonly IReadOnlyList<(int Month, int Day, string Title, string Summary)> RecurringDays =
    [
        (4, 26, "Ngày Sở hữu trí tuệ thế giới", "Hưởng ứng Ngày Sở hữu trí tuệ thế giới 26/4."),
        (5, 18, "Ngày Khoa học và Công nghệ Việt Nam", "Kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/5."),
        (10, 19, "Ngày truyền thống ngành Khoa học và Công nghệ", "Kỷ niệm ngày thành lập ngành Khoa học và Công nghệ 19/10."),
    ];

    public static IServiceCollection AddEventsModule(this IServiceCollection services)
    {
        services.AddContentType(Definition);
        services.AddAdminMenu(new AdminMenuEntry("Ngày kỷ niệm", "/admin/su-kien/ngay-ky-niem", ContentPermissions.Publish, 40) { ActivePrefix = "/admin/su-kien" });
        return services;
    }

    public static IEndpointRouteBuilder MapEventsModule(this IEndpointRouteBuilder app)
    {
        app.MapGet("/su-kien/lich.ics", EventCalendar.FeedAsync).CacheOutput(PublicCache.PolicyName);
        app.MapGet("/su-kien/{slug:regex(^[a-z0-9-]+$)}.ics", EventCalendar.SingleAsync).CacheOutput(PublicCache.PolicyName);
        return app;
    }
}
