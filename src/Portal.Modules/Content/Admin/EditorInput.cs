using System.ComponentModel.DataAnnotations;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Content.Admin;

/// <summary>The editor form shared by the create and edit pages.</summary>
public sealed class EditorInput
{
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề.")]
    [StringLength(300, ErrorMessage = "Tiêu đề dài tối đa 300 ký tự.")]
    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "Đường dẫn dài tối đa 200 ký tự.")]
    [Display(Name = "Đường dẫn")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "Phần tóm tắt dài tối đa 2.000 ký tự.")]
    [Display(Name = "Tóm tắt (sapo)")]
    public string? Summary { get; set; }

    [Display(Name = "Nội dung (Markdown)")]
    public string? Body { get; set; }

    [Display(Name = "Ngày hiển thị")]
    public DateTime? DisplayDate { get; set; }

    [StringLength(500, ErrorMessage = "Ghi chú dài tối đa 500 ký tự.")]
    [Display(Name = "Ghi chú cho lần sửa này")]
    public string? Note { get; set; }

    [Display(Name = "Hẹn giờ đăng")]
    public DateTime? PublishAt { get; set; }

    /// <summary>The item in the other language this one translates (<see cref="ContentCounterparts"/>); empty unlinks.</summary>
    [StringLength(40, ErrorMessage = "Không tìm thấy mục được chọn làm bản dịch.")]
    [Display(Name = "Bản dịch / bản tiếng Anh tương ứng")]
    public string? CounterpartId { get; set; }

    /// <summary>The stored JSON the form started from; keys the type does not edit survive a save.</summary>
    public string FieldsJson { get; set; } = "{}";

    /// <summary>Type-specific fields as the form posts them (Fields[name]).</summary>
    public Dictionary<string, string?> Fields { get; set; } = [];

    public Guid Stamp { get; set; }

    public ContentDraft ToDraft(ContentTypeDefinition type) => new(
        Title, string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(), Summary ?? "", Body ?? "", StoredFields(type),
        DisplayDate is { } local ? Formats.ToUtc(local) : null, Note);

    public static EditorInput From(ContentVersion v, Guid stamp, ContentTypeDefinition type) => new()
    {
        Title = v.Title, Slug = v.Slug, Summary = v.Summary, Body = v.BodyMarkdown, FieldsJson = v.FieldsJson,
        Fields = ContentFieldValidator.ToForm(type.Fields, v.FieldsJson),
        DisplayDate = v.DisplayDateUtc is { } d ? Formats.ToLocal(d) : null, Stamp = stamp,
    };

    /// <summary>
    /// A picker posts one value per ticked term under the same name, where the binder keeps only the first; the
    /// values are joined as the comma list a typed field posts, so both forms store the same JSON.
    /// </summary>
    public void ReadPickedTerms(Microsoft.AspNetCore.Http.IFormCollection form, ContentTypeDefinition type)
    {
        foreach (var field in type.Fields.Where(f => f.Kind == FieldKind.Terms))
        {
            var values = form[$"Input.Fields[{field.Name}]"];
            if (values.Count > 1)
                Fields[field.Name] = string.Join(",", values.Where(v => !string.IsNullOrWhiteSpace(v)));
        }
    }

    /// <summary>Why <see cref="PublishAt"/> cannot be used to schedule, checked before anything is saved; null when it can.</summary>
    public string? ScheduleProblem(DateTime nowUtc) =>
        PublishAt is not { } at ? "Chọn thời điểm hẹn đăng."
        : Formats.ToUtc(at) <= nowUtc ? ContentTexts.ScheduleInPast
        : null;

    private string StoredFields(ContentTypeDefinition type) => ContentFieldValidator.FromForm(type.Fields, Fields, FieldsJson);

    public bool SameAs(ContentVersion v, ContentTypeDefinition type) =>
        v.Title == Title.Trim() && v.Slug == (Slug ?? "").Trim() && v.Summary == (Summary ?? "").Trim()
        && v.BodyMarkdown == (Body ?? "") && v.FieldsJson == StoredFields(type)
        && (DisplayDate is null ? v.DisplayDateUtc is null : v.DisplayDateUtc == Formats.ToUtc(DisplayDate.Value));
}
