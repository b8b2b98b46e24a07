using System.ComponentModel.DataAnnotations;

namespace Portal.Modules.Plans.Import;

/// <summary>
/// The importer's review screen as a form: the metadata found, every item and target as editable cells (amounts and
/// periods as the editor reads and types them), the totals the document stated and the lines nobody could place.
/// Posted back whole on "check again" and on "save"; <see cref="PlanReviewMapper"/> turns it into a
/// <see cref="ParsedPlan"/> and back.
/// </summary>
public sealed class PlanReview
{
    public const int MaxItems = 2_000;
    public const int MaxTargets = 200;

    public string? Number { get; set; }
    [Required(ErrorMessage = "Hãy ghi loại văn bản.")]
    [StringLength(Plan.ShortLength, ErrorMessage = "Loại văn bản dài quá {1} ký tự.")]
    public string DocumentType { get; set; } = "Kế hoạch";
    public string? IssuingBody { get; set; }
    public string? Place { get; set; }
    [Range(1990, 2100, ErrorMessage = "Năm ký không hợp lệ.")] public int? DateYear { get; set; }
    [Range(1, 12, ErrorMessage = "Tháng ký không hợp lệ.")] public int? DateMonth { get; set; }
    [Range(1, 31, ErrorMessage = "Ngày ký không hợp lệ.")] public int? DateDay { get; set; }
    [Required(ErrorMessage = "Hãy ghi tên kế hoạch.")]
    [StringLength(Plan.TitleLength, ErrorMessage = "Tên kế hoạch dài quá {1} ký tự.")]
    public string? Title { get; set; }
    [Required(ErrorMessage = "Hãy ghi năm của kế hoạch.")]
    [Range(1990, 2100, ErrorMessage = "Năm của kế hoạch phải từ 1990 đến 2100.")]
    public int? Year { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    public string? LegalBases { get; set; }
    public string? Purpose { get; set; }
    public string? Body { get; set; }
    public string? Recipients { get; set; }
    public string? ReplacesNumber { get; set; }
    public string? ReplacesText { get; set; }
    [StringLength(Plan.SlugLength, ErrorMessage = "Đường dẫn dài quá {1} ký tự.")]
    public string? Slug { get; set; }

    public List<ItemRow> Items { get; set; } = [];
    public List<TargetRow> Targets { get; set; } = [];
    public List<TotalRow> Totals { get; set; } = [];
    public List<UnplacedRow> Unplaced { get; set; } = [];
    /// <summary>How many table rows the document had, by kind (from the reading, carried through the form).</summary>
    public int RowCount { get; set; }

    public sealed class ItemRow
    {
        public int Line { get; set; }
        /// <summary>Ticked to leave the row out of the plan.</summary>
        public bool Drop { get; set; }
        public string? Group { get; set; }
        public string? Subgroup { get; set; }
        public string? Number { get; set; }
        public string? Topic { get; set; }
        public PlanChannel Channel { get; set; }
        public string? Period { get; set; }
        public string? Owner { get; set; }
        public string? Coordinators { get; set; }
        public string? Budget { get; set; }
        public string? ExpectedOutput { get; set; }
        public string? Quantity { get; set; }
        public string? QuantityUnit { get; set; }
        public PlanItemStatus Status { get; set; }
        public string? Note { get; set; }
    }

    public sealed class TargetRow
    {
        public int Line { get; set; }
        public bool Drop { get; set; }
        public string? Indicator { get; set; }
        public string? Unit { get; set; }
        public string? Value { get; set; }
        public int? Year { get; set; }
        public string? CountsType { get; set; }
    }

    public sealed class TotalRow
    {
        public int Line { get; set; }
        public string Label { get; set; } = "";
        public TotalScope Scope { get; set; }
        public string? Group { get; set; }
        public long Stated { get; set; }
    }

    public sealed class UnplacedRow
    {
        public int Line { get; set; }
        public string Text { get; set; } = "";
        public string Reason { get; set; } = "";
    }
}
