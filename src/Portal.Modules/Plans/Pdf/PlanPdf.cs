using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Modules.Infrastructure.Web;

namespace Portal.Modules.Plans.Pdf;

/// <summary>
/// A published plan as an A4 PDF laid out like the official document (Decree 30/2020): issuer and number on the left,
/// the national motto on the right with place and date, the document type and title, legal bases, the sections, the
/// items' tables with a total per group, per channel and overall, the targets, recipients and signature. The same
/// words and sums as the HTML page (<see cref="PlanSummary"/>, <see cref="PlanTexts"/>, <see cref="Formats"/>).
/// Callers check <see cref="PlanPdfFonts.Available"/> first.
/// </summary>
internal sealed class PlanPdf
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XFont text = Font(13);
    private readonly XFont bold = Font(13, XFontStyleEx.Bold);
    private readonly XFont italic = Font(13, XFontStyleEx.Italic);
    private readonly XFont small = Font(12);
    private readonly XFont smallBold = Font(12, XFontStyleEx.Bold);
    private readonly XFont titleFont = Font(14, XFontStyleEx.Bold);
    private readonly XFont cell = Font(11);
    private readonly XFont cellBold = Font(11, XFontStyleEx.Bold);
    private readonly XFont recipient = Font(11);
    private readonly XFont recipientHeading = Font(12, XFontStyleEx.BoldItalic);
    private readonly Plan plan;
    private readonly PdfFlow flow;

    private PlanPdf(Plan plan)
    {
        this.plan = plan;
        flow = new PdfFlow($"{plan.DocumentType} {plan.Title}", Font(10));
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(PlanPdfFonts.Family, size, style, Unicode);

    /// <summary>The plan (with its items and targets loaded) as PDF bytes.</summary>
    public static byte[] Write(Plan plan)
    {
        var pdf = new PlanPdf(plan);
        using var flow = pdf.flow;
        pdf.Header();
        pdf.Title();
        pdf.Sections(plan.Purpose);
        pdf.Items(new PlanSummary(plan.Items));
        pdf.Targets();
        pdf.Sections(plan.Body);
        pdf.Footer();
        return flow.Finish();
    }

    private void Header()
    {
        var leftWidth = flow.Width * 0.42;
        var rightX = PdfFlow.Left + leftWidth;
        var rightWidth = flow.Width - leftWidth;
        var y = PdfFlow.Top;
        if (plan.IssuingBody is not null)
        {
            y = flow.Block(plan.IssuingBody.ToUpper(Vietnamese), smallBold, PdfFlow.Left, leftWidth, y, PdfAlign.Center);
            Underline(PdfFlow.Left, leftWidth, y + 1, leftWidth / 3);
            y += 6;
        }
        var left = flow.Block(PlanTexts.Number(plan.Number).TrimEnd(), text, PdfFlow.Left, leftWidth, y, PdfAlign.Center);

        y = flow.Block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", smallBold, rightX, rightWidth, PdfFlow.Top, PdfAlign.Center);
        const string motto = "Độc lập - Tự do - Hạnh phúc";
        y = flow.Block(motto, bold, rightX, rightWidth, y, PdfAlign.Center);
        Underline(rightX, rightWidth, y + 1, flow.Measure(motto, bold));
        y += 6;
        if (plan.DateYear is not null)
            y = flow.Block((plan.Place is null ? "" : plan.Place + ", ") + PlanTexts.Date(plan.DateYear, plan.DateMonth, plan.DateDay), italic, rightX, rightWidth, y, PdfAlign.Center);
        flow.Y = Math.Max(left, y) + 18;
    }

    private void Underline(double x, double width, double y, double length) =>
        flow.Graphics.DrawLine(new XPen(XColors.Black, 0.6), x + (width - length) / 2, y, x + (width + length) / 2, y);

    private void Title()
    {
        flow.Paragraph(plan.DocumentType.ToUpper(Vietnamese), titleFont, PdfAlign.Center, spaceAfter: 0);
        flow.Paragraph(plan.Title, bold, PdfAlign.Center, spaceAfter: 12);
        if (plan.ReplacesText is not null)
            flow.Paragraph(plan.ReplacesText, italic, PdfAlign.Center, spaceAfter: 8);
        foreach (var basis in DetailsModel.Lines(plan.LegalBases))
            flow.Paragraph(basis, italic, indent: 0, spaceAfter: 2);
        flow.Y += 8;
    }

    private void Sections(string? markdown)
    {
        foreach (var paragraph in PdfMarkdown.Paragraphs(markdown))
        {
            if (paragraph.Heading)
                flow.Need(PdfFlow.LineHeight(bold) * 3);
            flow.Paragraph(paragraph.Text, paragraph.Heading ? bold : text, indent: paragraph.Item ? 14 : 0, spaceAfter: 4);
        }
        flow.Y += 6;
    }

    private void Items(PlanSummary summary)
    {
        if (summary.Count == 0)
            return;
        Heading("Nội dung, tiến độ và kinh phí");
        PdfColumn[] columns =
        [
            new("TT", 0.07, PdfAlign.Center), new("Nội dung", 0.43), new("Thời gian", 0.13),
            new("Phụ trách", 0.19), new("Kinh phí (đồng)", 0.18, PdfAlign.Right),
        ];
        foreach (var group in summary.Groups)
        {
            flow.Need(PdfFlow.LineHeight(bold) + 60);
            flow.Paragraph(group.Name ?? "Các nội dung thực hiện", bold, spaceAfter: 2);
            var table = new PdfTable(flow, columns, cell, cellBold);
            table.Begin();
            string? subgroup = null;
            foreach (var item in group.Items)
            {
                if (item.Subgroup is not null && item.Subgroup != subgroup)
                {
                    subgroup = item.Subgroup;
                    table.Span(subgroup);
                }
                var owner = item.Owner + (item.Coordinators is null ? "" : (item.Owner is null ? "" : "; ") + item.Coordinators);
                table.Row([item.Number, item.Topic, item.PeriodText, owner, item.Budget is { } b ? Formats.Number(b) : ""]);
            }
            if (group.Budget is { } sum)
                table.Row(["", "Cộng", "", "", Formats.Number(sum)], strong: true);
            flow.Y += 10;
        }
        flow.Paragraph("Tổng hợp theo kênh", bold, spaceAfter: 2);
        var channels = new PdfTable(flow, [new("Kênh", 0.5), new("Số mục việc", 0.2, PdfAlign.Right), new("Kinh phí (đồng)", 0.3, PdfAlign.Right)], cell, cellBold);
        channels.Begin();
        foreach (var (channel, count, budget) in summary.Channels)
            channels.Row([PlanTexts.ChannelName(channel), Formats.Number(count), budget is { } b ? Formats.Number(b) : ""]);
        channels.Row(["Tổng cộng", Formats.Number(summary.Count), summary.Total is { } t ? Formats.Number(t) : ""], strong: true);
        flow.Y += 8;
        if (summary.Total is { } total)
            flow.Paragraph($"Tổng kinh phí: {Formats.Money(total)}", bold, spaceAfter: 10);
    }

    private void Targets()
    {
        if (plan.Targets.Count == 0)
            return;
        Heading("Chỉ tiêu");
        var table = new PdfTable(flow, [new("TT", 0.07, PdfAlign.Center), new("Chỉ tiêu", 0.5), new("Đơn vị tính", 0.17), new("Kế hoạch", 0.14, PdfAlign.Right), new("Năm", 0.12, PdfAlign.Center)], cell, cellBold);
        table.Begin();
        foreach (var (target, i) in plan.Targets.OrderBy(t => t.Position).Select((t, i) => (t, i)))
            table.Row([(i + 1).ToString(CultureInfo.InvariantCulture), target.Indicator, target.Unit, Formats.Number(target.Value), target.Year.ToString(CultureInfo.InvariantCulture)]);
        flow.Y += 10;
    }

    private void Heading(string words)
    {
        flow.Need(PdfFlow.LineHeight(bold) * 4);
        flow.Paragraph(words, bold, spaceAfter: 4);
    }

    /// <summary>Recipients on the left, the signature on the right, kept together on one page.</summary>
    private void Footer()
    {
        var recipients = DetailsModel.Lines(plan.Recipients).ToList();
        var positions = DetailsModel.Lines(plan.SignerPosition).ToList();
        if (recipients.Count == 0 && positions.Count == 0 && plan.SignerName is null)
            return;
        var leftWidth = flow.Width * 0.45;
        var rightX = PdfFlow.Left + leftWidth;
        var rightWidth = flow.Width - leftWidth;
        var recipientLines = recipients.Sum(r => flow.Wrap("- " + r, recipient, leftWidth).Count);
        var leftHeight = recipients.Count == 0 ? 0 : PdfFlow.LineHeight(recipientHeading) + recipientLines * PdfFlow.LineHeight(recipient);
        var signerLines = positions.Sum(p => flow.Wrap(p, bold, rightWidth).Count) + flow.Wrap(plan.SignerName, bold, rightWidth).Count;
        var rightHeight = signerLines * PdfFlow.LineHeight(bold) + 60;
        flow.Need(Math.Min(Math.Max(leftHeight, rightHeight) + 12, flow.PageCapacity));
        var top = flow.Y + 12;
        var y = top;
        if (recipients.Count > 0)
        {
            y = flow.Block("Nơi nhận:", recipientHeading, PdfFlow.Left, leftWidth, y);
            foreach (var r in recipients)
                y = flow.Block("- " + r, recipient, PdfFlow.Left, leftWidth, y);
        }
        var right = top;
        foreach (var position in positions)
            right = flow.Block(position, bold, rightX, rightWidth, right, PdfAlign.Center);
        if (plan.SignerName is not null)
            right = flow.Block(plan.SignerName, bold, rightX, rightWidth, right + 60, PdfAlign.Center);
        flow.Y = Math.Max(y, right);
    }
}
