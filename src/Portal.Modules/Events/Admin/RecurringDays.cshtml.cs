using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Events.Admin;

[Authorize(Policy = ContentPermissions.Edit)]
public sealed class RecurringDaysModel(PortalDbContext db, ContentManager content, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public void OnGet() => Year = clock.GetUtcNow().Year + (clock.GetUtcNow().Month > 10 ? 1 : 0);

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        Year = year;
        if (year is < 2000 or > 2100)
        {
            ModelState.AddModelError("", "Năm phải trong khoảng 2000–2100.");
            return Page();
        }
        var created = 0;
        foreach (var day in EventsModule.RecurringDays)
        {
            // A stable id per year and day makes a second click harmless.
            var id = $"ky-niem-{year}-{day.Month:00}{day.Day:00}";
            if (await db.Set<ContentItem>().AnyAsync(i => i.Id == id, ct))
                continue;
            var fields = $$"""{"start":"{{year}}-{{day.Month:00}}-{{day.Day:00}}T08:00"}""";
            var (result, _) = await content.CreateAsync(EventsModule.ContentType, "vi",
                new ContentDraft($"{day.Title} {day.Day}/{day.Month}/{year}", null, day.Summary, "", fields), User.ToActor(), id, ct);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", result.Error!);
                return Page();
            }
            created++;
        }
        TempData["Message"] = created == 0 ? $"Các ngày kỷ niệm năm {year} đã có sẵn." : $"Đã tạo {created} bản nháp sự kiện cho năm {year}.";
        return Redirect($"/admin/noi-dung?type={EventsModule.ContentType}");
    }
}
