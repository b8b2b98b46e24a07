using System.Text;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Plans.Import;

/// <summary>What a file or paste gave: the plan read from it, or why nothing could be read.</summary>
public sealed record PlanReading(ParsedPlan? Plan, string? Problem);

/// <summary>
/// The importer's two steps, shared by the review screen, `portal plan import` and the recipe step: read a paste or
/// a file (plain text or .docx) into a <see cref="ParsedPlan"/> without saving anything, then save a confirmed plan
/// with its items and targets in one SaveChanges (one transaction): all of it or none.
/// </summary>
public sealed class PlanImporter(PortalDbContext db, PlanWorkflow workflow, IChangeFeed feed)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxTextChars = 2 * 1024 * 1024;

    public static PlanReading Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new(null, "Chưa có nội dung: hãy dán văn bản kế hoạch hoặc chọn tệp .txt, .docx.");
        if (text.Length > MaxTextChars)
            return new(null, $"Văn bản dài quá {MaxTextChars / 1024 / 1024} triệu ký tự; một kế hoạch thường ngắn hơn nhiều.");
        try
        {
            var plan = PlanTextParser.Parse(text);
            return plan.IsEmpty
                ? new(null, "Không tìm thấy kế hoạch trong văn bản này: không có tên kế hoạch, bảng nội dung hay chỉ tiêu nào. Hãy dán toàn văn kế hoạch, các bảng giữ dạng cột (dán từ Word).")
                : new(plan, null);
        }
        catch (PlanImportException e)
        {
            return new(null, e.Message);
        }
    }

    /// <summary>A file by its name: .docx through the Open XML SDK, anything else as UTF-8 text.</summary>
    public static async Task<PlanReading> ReadFileAsync(Stream stream, string fileName, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await CopyBoundedAsync(stream, buffer, ct);
        if (buffer.Length > MaxFileBytes)
            return new(null, $"Tệp lớn hơn {MaxFileBytes / 1024 / 1024} MB.");
        buffer.Position = 0;
        if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Read(DocxText.Extract(buffer));
            }
            catch (PlanImportException e)
            {
                return new(null, e.Message);
            }
        }
        if (fileName.EndsWith(".doc", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            return new(null, "Chỉ nhận tệp .docx hoặc .txt. Với tệp .doc hay .pdf, hãy mở tệp, chép toàn văn rồi dán vào ô văn bản.");
        try
        {
            var text = new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Contains('\0') ? new(null, "Tệp không phải văn bản thuần (.txt) hay .docx.") : Read(text);
        }
        catch (DecoderFallbackException)
        {
            return new(null, "Tệp văn bản không ở mã UTF-8; hãy lưu lại dưới dạng UTF-8 hoặc dán nội dung vào ô văn bản.");
        }
    }

    /// <summary>Saves the confirmed plan as a draft (or published), in one transaction, and returns it.</summary>
    public async Task<Plan> SaveAsync(ParsedPlan parsed, string? slug, bool publish, CancellationToken ct)
    {
        var plan = await workflow.CreateAsync(parsed, slug, ct);
        if (publish)
            workflow.Publish(plan);
        await db.SaveChangesAsync(ct);
        await feed.PublishAsync(ct);
        return plan;
    }

    private static async Task CopyBoundedAsync(Stream from, Stream to, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(chunk, ct)) > 0)
        {
            await to.WriteAsync(chunk.AsMemory(0, read), ct);
            if (to.Length > MaxFileBytes)
                return;
        }
    }
}
