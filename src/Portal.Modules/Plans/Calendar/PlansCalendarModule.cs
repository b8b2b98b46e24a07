using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Jobs;

namespace Portal.Modules.Plans.Calendar;

/// <summary>
/// The editorial calendar of the plans: the month view at /admin/lich with its actions, due-date reminders by
/// mail and each editor's secret iCal feed. Called from <see cref="PlansModule.AddPlansModule"/>.
/// </summary>
public static class PlansCalendarModule
{
    public static IServiceCollection AddPlansCalendar(this IServiceCollection services)
    {
        services.AddOptions<PlanCalendarOptions>().BindConfiguration("Plans:Calendar");
        services.AddScoped<PlanCalendar>();
        services.AddScoped<PlanItemActions>();
        services.AddScoped<PlanDrafts>();
        services.AddScoped<PlanIcsFeed>();
        services.AddPeriodicJob<PlanReminderJob>();
        services.AddAdminMenu(new AdminMenuEntry(CalendarTexts.Title, CalendarPaths.Calendar, PlansPermissions.Calendar, 39));
        return services;
    }
}
