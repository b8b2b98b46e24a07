using Portal.Modules.Content;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Site;

namespace Portal.Modules.Columns;

/// <summary>How an issue is named and announced: numbered within its year ("Số 1/2027" follows "Số 12/2026").</summary>
public static class ColumnIssues
{
    /// <summary>"Số 12/2026": the issue's number within the year (in Vietnam) it comes out.</summary>
    public static string Label(ContentFieldValues fields, DateTime? dateUtc) =>
        fields.Int("number") is { } n ? dateUtc is { } d ? $"Số {n}/{Formats.ToLocal(d).Year}" : $"Số {n}" : "";

    public static string Label(SectionItem issue) => Label(issue.Fields, issue.Date);

    /// <summary>Broadcast channels go on air, print and web come out; a list of several series says both.</summary>
    public static string Upcoming(string? channel) => channel switch
    {
        "truyen-hinh" or "phat-thanh" => "Sắp phát sóng",
        "bao-in" or "website" => "Sắp phát hành",
        _ => "Sắp phát sóng / phát hành",
    };

    public static bool IsUpcoming(DateTime? dateUtc, DateTime nowUtc) => dateUtc > nowUtc;

    /// <summary>"Số 12/2026 · 20:30 19/12/2026", with "· Sắp phát sóng" for an issue still to come.</summary>
    public static string Meta(SectionItem issue, DateTime nowUtc, string? channel = null) =>
        $"{Label(issue)} · {Formats.DateTimeShort(issue.Date)}{(IsUpcoming(issue.Date, nowUtc) ? " · " + Upcoming(channel) : "")}";
}
