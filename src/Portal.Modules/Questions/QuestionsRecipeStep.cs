using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Changes;
using Portal.Modules.Infrastructure;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Recipes;

namespace Portal.Modules.Questions;

/// <summary>
/// { "name": "questions", "questions": [ { "slug", "title", "topic", "question", "answer", "name" (shown: a given
/// name, else "Bạn đọc"), "askedAt", "answeredAt", "sample" } ] }: published, answered questions (samples, or
/// answers the department wants on the site). Upsert by slug; no asker's address or phone is imported or exported.
/// One bad question refuses the whole recipe, naming it.
/// </summary>
internal sealed class QuestionsRecipeStep(PortalDbContext db, IChangeFeed changes, TimeProvider clock) : IRecipeStep
{
    public string Name => "questions";
    public int Order => 70;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var (entry, path) in context.Array(step, "questions", "questions"))
        {
            if (entry.ValueKind != JsonValueKind.Object)
                throw context.Error(path, "phải là một đối tượng.");
            var slug = context.RequiredString(entry, "slug", path).Trim();
            if (!Infrastructure.Text.VietnameseText.IsValidSlug(slug) || slug.Length > QuestionRules.SlugLength)
                throw context.Error($"{path}.slug", $"chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {QuestionRules.SlugLength} ký tự.");
            var title = QuestionRules.Line(context.RequiredString(entry, "title", path));
            var body = QuestionRules.Clean(context.RequiredString(entry, "question", path));
            var answer = QuestionRules.Clean(context.RequiredString(entry, "answer", path));
            foreach (var problem in QuestionRules.CheckAnswer(title, body, answer, answerRequired: true))
                throw context.Error($"{path}.{JsonNamingPolicy.CamelCase.ConvertName(problem.Field)}", problem.Message);
            var topic = context.RequiredString(entry, "topic", path);
            if (!QuestionTopics.Exists(topic))
                throw context.Error($"{path}.topic", $"lĩnh vực „{topic}” không có; chỉ nhận {string.Join(", ", QuestionTopics.All.Select(t => t.Code))}.");
            var name = QuestionRules.Line(context.OptionalString(entry, "name", path)) is { Length: > 0 } n ? n : QuestionTexts.Anonymous;
            if (name.Length > 40)
                throw context.Error($"{path}.name", "chỉ ghi tên gọi, tối đa 40 ký tự.");
            var asked = context.OptionalDate(entry, "askedAt", path) ?? clock.GetUtcNow().UtcDateTime;
            var answered = context.OptionalDate(entry, "answeredAt", path) ?? asked;
            var sample = entry.TryGetProperty("sample", out var s) && s.ValueKind == JsonValueKind.True;

            var question = await db.Set<Question>().SingleOrDefaultAsync(q => q.Slug == slug && q.AskerEmail == null, ct);
            if (question is not null && (question.Title, question.PublicBody, question.Answer, question.Topic, question.PublicName, question.IsSample, question.Status)
                == (title, body, answer, topic, name, sample, QuestionStatus.Published))
                continue;
            question ??= db.Add(new Question
            {
                Slug = slug, AskerName = name, PublicName = name, Topic = topic, Title = title, Body = body, PublicBody = body,
                ConsentVersion = "recipe", PublishConsentVersion = "recipe", CreatedUtc = asked,
            }).Entity;
            (question.Title, question.Body, question.PublicBody, question.Answer, question.Topic) = (title, body, body, answer, topic);
            (question.AskerName, question.PublicName, question.IsSample) = (name, name, sample);
            var wasPublished = question.Status == QuestionStatus.Published && question.Id > 0;
            question.Status = QuestionStatus.Published;
            question.AnsweredUtc = answered;
            question.PublishedUtc = answered;
            question.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            question.SearchText = QuestionRules.SearchText(question);
            question.Stamp = Guid.NewGuid();
            // The id of a new question exists only once saved; the feed entry names it.
            await db.SaveChangesAsync(ct);
            changes.Record(QuestionWorkflow.Module, question.Id.ToString(), wasPublished ? ChangeKind.Changed : ChangeKind.Published);
            context.Changes++;
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var questions = await db.PublishedQuestions().AsNoTracking().OrderBy(q => q.Id).ToListAsync(ct);
        if (questions.Count == 0)
            return null;
        var list = new JsonArray();
        foreach (var q in questions)
        {
            var node = new JsonObject
            {
                ["slug"] = q.Slug, ["title"] = q.Title, ["topic"] = q.Topic, ["question"] = q.PublicBody, ["answer"] = q.Answer,
                ["name"] = q.PublicName, ["askedAt"] = Formats.IsoDate(q.CreatedUtc), ["answeredAt"] = Formats.IsoDate(q.PublishedUtc),
            };
            if (q.IsSample)
                node["sample"] = true;
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["questions"] = list };
    }
}
