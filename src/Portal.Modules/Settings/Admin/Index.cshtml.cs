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
    /// <summary>InputType "textarea" and "checkbox" are drawn as such; Hint goes under the field.</summary>
    public sealed record Field(string Key, string Label, string InputType = "text", string? Hint = null);

    public static readonly Field[] Fields =
    [
        new(nameof(SettingsInput.AgencyName), "Tên cơ quan"),
        new(nameof(SettingsInput.AgencyNameEn), "Tên tiếng Anh"),
        new(nameof(SettingsInput.ParentAgency), "Cơ quan chủ quản"),
        new(nameof(SettingsInput.Address), "Địa chỉ"),
        new(nameof(SettingsInput.Phone), "Điện thoại", "tel"),
        new(nameof(SettingsInput.Email), "Thư điện tử", "email"),
        new(nameof(SettingsInput.LogoUrl), "Địa chỉ ảnh biểu trưng (logo)", Hint: "Dán địa chỉ ảnh từ Thư viện (ảnh vuông, nền trong suốt)."),
        new(nameof(SettingsInput.BannerUrl), "Địa chỉ ảnh băng-rôn đầu trang", Hint: "Ảnh ngang, khoảng 1200 × 160 điểm ảnh; để trống nếu không dùng."),
        new(nameof(SettingsInput.FacebookUrl), "Facebook", "url"),
        new(nameof(SettingsInput.YoutubeUrl), "YouTube", "url"),
        new(nameof(SettingsInput.ZaloUrl), "Zalo", "url"),
        new(nameof(SettingsInput.ResponsiblePerson), "Người chịu trách nhiệm"),
        new(nameof(SettingsInput.LicenceNote), "Giấy phép / ghi chú chân trang"),
        new(nameof(SettingsInput.PublicServicesUrl), "Cổng dịch vụ công", "url", "Địa chỉ cổng dịch vụ công của tỉnh, hiện ở cột phải."),
        new(nameof(SettingsInput.RelatedAgencies), "Liên kết cơ quan liên quan", "textarea", "Mỗi dòng một cơ quan: Tên cơ quan | https://địa-chỉ"),
        new(nameof(SettingsInput.VisitorCounter), "Hiện bộ đếm lượt truy cập ở chân trang", "checkbox", "Chỉ đếm tổng số lượt xem trang mỗi ngày; không lưu địa chỉ IP, không dùng cookie."),
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
        [SafeUrl, StringLength(300, ErrorMessage = "Tối đa 300 ký tự.")] public string? BannerUrl { get; set; }
        [SafeUrl, Url(ErrorMessage = "Địa chỉ không hợp lệ."), StringLength(300)] public string? PublicServicesUrl { get; set; }
        [StringLength(4000, ErrorMessage = "Tối đa 4000 ký tự.")] public string? RelatedAgencies { get; set; }
        public bool VisitorCounter { get; set; }
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
            BannerUrl = s.BannerUrl, PublicServicesUrl = s.PublicServicesUrl, RelatedAgencies = s.RelatedAgencies, VisitorCounter = s.VisitorCounter,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Portal.Modules.Settings.RelatedAgencies.FirstInvalidLine(Input.RelatedAgencies) is { } line)
            ModelState.AddModelError("Input." + nameof(SettingsInput.RelatedAgencies),
                $"Dòng {line}: mỗi dòng phải có dạng „Tên cơ quan | https://địa-chỉ” (tối đa {Portal.Modules.Settings.RelatedAgencies.MaxLinks} dòng).");
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
        (s.BannerUrl, s.PublicServicesUrl, s.RelatedAgencies, s.VisitorCounter) =
            (Input.BannerUrl ?? "", Input.PublicServicesUrl ?? "", (Input.RelatedAgencies ?? "").Replace("\r\n", "\n").Trim(), Input.VisitorCounter);
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
