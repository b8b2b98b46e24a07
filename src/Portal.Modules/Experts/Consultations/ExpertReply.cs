using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Modules.Experts.Consultations;

/// <summary>What an expert fills in: an answer with the contacts to share, or a reason to decline.</summary>
public sealed class ExpertReplyInput
{
    public string? Answer { get; set; }
    /// <summary>Codes of <see cref="SharedContact"/>; none ticked by default.</summary>
    public List<string>? Share { get; set; }
    public string? Reason { get; set; }
}

/// <summary>What the expert's answer form shows: the request, the requester as forwarded, the expert's own contacts.</summary>
public sealed record ExpertReplyView(Consultation Consultation, ExpertProfile Expert, ExpertReplyInput Input, string FieldName, string? Done);

/// <summary>
/// The answer and decline of an open request, shared by the expert's secret link and their member page: checks
/// the input, then records it through the workflow. Returns the message to show, or null with ModelState errors.
/// </summary>
internal static class ExpertReply
{
    public static string? Apply(ConsultationWorkflow workflow, Consultation consultation, ExpertProfile expert, ExpertReplyInput input, bool decline, ModelStateDictionary modelState)
    {
        if (!consultation.IsOpen)
        {
            modelState.AddModelError("", ConsultationTexts.AlreadyClosed);
            return null;
        }
        if (decline)
        {
            if (input.Reason?.Trim().Length > ConsultationRules.ReasonLength)
                modelState.AddModelError($"Input.{nameof(input.Reason)}", $"Lý do dài tối đa {ConsultationRules.ReasonLength:#,0} ký tự.");
            if (!modelState.IsValid)
                return null;
            workflow.Decline(consultation, expert, input.Reason);
            return ConsultationTexts.Declined;
        }
        var answer = input.Answer?.Trim() ?? "";
        if (answer.Length == 0)
            modelState.AddModelError($"Input.{nameof(input.Answer)}", ConsultationTexts.AnswerRequired);
        else if (answer.Length > ConsultationRules.AnswerLength)
            modelState.AddModelError($"Input.{nameof(input.Answer)}", $"Câu trả lời dài tối đa {ConsultationRules.AnswerLength:#,0} ký tự.");
        var share = input.Share ?? [];
        if (share.Count > SharedContact.All.Count || share.Any(s => !SharedContact.All.Contains(s) || string.IsNullOrWhiteSpace(SharedContact.ValueOf(expert, s))))
            modelState.AddModelError($"Input.{nameof(input.Share)}", ConsultationTexts.ContactUnknown);
        if (!modelState.IsValid)
            return null;
        workflow.Answer(consultation, expert, answer, share);
        return ConsultationTexts.Answered;
    }
}
