using Portal.Modules.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Settings.Admin;

[Authorize(Policy = SettingsPermissions.Manage)]
public sealed class IndexModel(PortalDbContext db, SiteSettingsStore store) : PageModel
{
    public sealed record Field(string Key, string Label, string InputType = "text");

    public static readonly Field[] Fields =
    [
        new(nameof(SettingsInput.AgencyName), "Tên cơ quan"),
        new(nameof(SettingsInput.AgencyNameEn), "Tên tiếng Anh"),
        new(nameof(SettingsInput.ParentAgency), "Cơ quan chủ quản"),
        new(nameof(SettingsInput.Address), "Địa chỉ"),
        new(nameof(SettingsInput.Phone), "Điện thoại", "tel"),
        new(nameof(SettingsInput.Email), "Thư điện tử", "email"),
        new(nameof(SettingsInput.LogoUrl), "Địa chỉ ảnh logo"),
        new(nameof(SettingsInput.FacebookUrl), "Facebook", "url"),
        new(nameof(SettingsInput.YoutubeUrl), "YouTube", "url"),
        new(nameof(SettingsInput.ZaloUrl), "Zalo", "url"),
        new(nameof(SettingsInput.ResponsiblePerson), "Người chịu trách nhiệm"),
        new(nameof(SettingsInput.LicenceNote), "Giấy phép / ghi chú chân trang"),
    ];

    [BindProperty] public SettingsInput Input { get; set; } = new();

    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên cơ quan."), StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")] public string AgencyName { get; set; } = "";
        [StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")] public string? AgencyNameEn { get; set; }
        [StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")] public string? ParentAgency { get; set; }
        [StringLength(500, ErrorMessage = "Tối đa 500 ký tự.")] public string? Address { get; set; }
        [StringLength(50, ErrorMessage = "Tối đa 50 ký tự.")] public string? Phone { get; set; }
        [EmailAddress(ErrorMessage = "Địa chỉ thư không hợp lệ."), StringLength(300)] public string? Email { get; set; }
        [SafeUrl, StringLength(300, ErrorMessage = "Tối đa 300 ký tự.")] public string? LogoUrl { get; set; }
        [SafeUrl, Url(ErrorMessage = "Địa chỉ không hợp lệ."), StringLength(300)] public string? FacebookUrl { get; set; }
        [SafeUrl, Url(ErrorMessage = "Địa chỉ không hợp lệ."), StringLength(300)] public string? YoutubeUrl { get; set; }
        [SafeUrl, Url(ErrorMessage = "Địa chỉ không hợp lệ."), StringLength(300)] public string? ZaloUrl { get; set; }
        [StringLength(200, ErrorMessage = "Tối đa 200 ký tự.")] public string? ResponsiblePerson { get; set; }
        [StringLength(500, ErrorMessage = "Tối đa 500 ký tự.")] public string? LicenceNote { get; set; }
        public Guid Stamp { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await db.Set<SiteSettings>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new SiteSettings();
        Input = new SettingsInput
        {
            AgencyName = s.AgencyName, AgencyNameEn = s.AgencyNameEn, ParentAgency = s.ParentAgency, Address = s.Address, Phone = s.Phone,
            Email = s.Email, LogoUrl = s.LogoUrl, FacebookUrl = s.FacebookUrl, YoutubeUrl = s.YoutubeUrl, ZaloUrl = s.ZaloUrl,
            ResponsiblePerson = s.ResponsiblePerson, LicenceNote = s.LicenceNote, Stamp = s.Stamp,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var s = await db.Set<SiteSettings>().SingleOrDefaultAsync(ct);
        if (s is null)
        {
            s = new SiteSettings();
            db.Add(s);
        }
        else if (s.Stamp != Input.Stamp)
        {
            ModelState.AddModelError("", "Cài đặt vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu; hãy tải lại trang.");
            return Page();
        }
        (s.AgencyName, s.AgencyNameEn, s.ParentAgency, s.Address, s.Phone, s.Email) =
            (Input.AgencyName.Trim(), Input.AgencyNameEn ?? "", Input.ParentAgency ?? "", Input.Address ?? "", Input.Phone ?? "", Input.Email ?? "");
        (s.LogoUrl, s.FacebookUrl, s.YoutubeUrl, s.ZaloUrl, s.ResponsiblePerson, s.LicenceNote) =
            (Input.LogoUrl ?? "", Input.FacebookUrl ?? "", Input.YoutubeUrl ?? "", Input.ZaloUrl ?? "", Input.ResponsiblePerson ?? "", Input.LicenceNote ?? "");
        s.Stamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Cài đặt vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu; hãy tải lại trang.");
            return Page();
        }
        await store.InvalidateAsync(ct);
        TempData["Message"] = "Đã lưu cài đặt.";
        return Redirect("/admin/cai-dat");
    }

    public string? Value(string key) => typeof(SettingsInput).GetProperty(key)?.GetValue(Input)?.ToString();

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue("Input." + key, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
