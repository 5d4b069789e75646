using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>Exports an edition's responses in the import shape (<see cref="ResponseBatch"/>), ordered by organisation key.</summary>
public sealed class ResponseExporter(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <returns>Null when the edition does not exist.</returns>
    public async Task<ExportedEdition?> ExportAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await ResponseImporter.LoadEditionAsync(db, year, cancellationToken);
        if (edition is null)
        {
            return null;
        }

        var questionnaire = new ImportQuestionnaire(edition);
        var responses = await db.Responses.AsNoTracking()
            .Include(r => r.Organisation).Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations)
            .Where(r => r.EditionId == edition.Id)
            .OrderBy(r => r.Organisation!.Key)
            .ToListAsync(cancellationToken);

        var batch = new ResponseBatch
        {
            Organisations = responses.Select(r => new OrganisationRecord
            {
                Key = r.Organisation!.Key,
                Name = r.Organisation.Name,
                City = r.Organisation.City,
                Locations = r.Locations.OrderBy(l => l.Id)
                    .Select(l => new LocationRecord { Name = l.Name, City = l.City, Province = l.Province?.DisplayName() })
                    .ToList(),
                Response = ToRecord(r, questionnaire),
            }).ToList(),
        };
        return new ExportedEdition(questionnaire, batch);
    }

    private static ResponseRecord ToRecord(Response response, ImportQuestionnaire questionnaire)
    {
        var answers = new Dictionary<string, JsonElement>();
        var alsoMentioned = new Dictionary<string, List<string>>();
        var details = new Dictionary<string, Dictionary<string, List<string>>>();
        var textLists = new Dictionary<string, Dictionary<string, List<string>>>();
        // Retired questions and options are left out: the import refuses them, and export → import must round-trip.
        foreach (var question in questionnaire.Questions.Where(q => !q.IsRetired))
        {
            var rows = response.Answers.Where(a => a.QuestionId == question.Id).ToList();
            if (AnswerValue(question, rows) is { } value)
            {
                answers[question.Key] = value;
            }

            var mentioned = Texts(response, question.Id, null, ImportQuestionnaire.AlsoMentioned);
            if (mentioned.Count > 0)
            {
                alsoMentioned[question.Key] = mentioned;
            }

            foreach (var list in question.TextLists.Where(t => t.Key != ImportQuestionnaire.AlsoMentioned).OrderBy(t => t.Order))
            {
                var listed = Texts(response, question.Id, null, list.Key);
                if (listed.Count > 0)
                {
                    textLists.Set(question.Key, list.Key, listed);
                }
            }

            foreach (var option in question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order))
            {
                var texts = Texts(response, question.Id, option.Id, null);
                if (texts.Count > 0)
                {
                    details.Set(question.Key, option.Key, texts);
                }
            }
        }

        return new ResponseRecord
        {
            Status = ExchangeStatusNames.ToName(response.Status),
            Answers = answers,
            AlsoMentioned = alsoMentioned,
            TextLists = textLists.Count > 0 ? textLists : null,
            Details = details,
        };
    }

    /// <summary>The JSON value of an answer, or null when the question has no answer.</summary>
    internal static JsonElement? AnswerValue(Question question, IReadOnlyCollection<Answer> rows)
    {
        var selected = question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Order).Where(o => rows.Any(a => a.OptionId == o.Id)).Select(o => o.Key).ToList();
        var plain = rows.FirstOrDefault(a => a.OptionId is null);
        return question.Kind switch
        {
            QuestionKind.SingleChoice when selected.Count > 0 => JsonSerializer.SerializeToElement(selected[0]),
            QuestionKind.MultipleChoice when selected.Count > 0 || rows.Any(a => a.IsNoneOfThese) => JsonSerializer.SerializeToElement(selected),
            QuestionKind.Text when plain?.TextValue is { } text => JsonSerializer.SerializeToElement(text),
            _ when question.Kind.IsNumeric() && plain?.NumberValue is { } number => JsonSerializer.SerializeToElement(Normalise(number)),
            _ => null,
        };
    }

    /// <summary>812000.00 → 812000, 8.50 → 8.5: stored scale is not part of the value.</summary>
    internal static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static List<string> Texts(Response response, int questionId, int? optionId, string? listKey) => response.FreeTexts
        .Where(t => t.QuestionId == questionId && t.OptionId == optionId && t.ListKey == listKey)
        .OrderBy(t => t.Order).ThenBy(t => t.Id)
        .Select(t => t.Text)
        .ToList();
}

/// <summary>An edition's responses with the questionnaire they answer (the file exports need the columns).</summary>
public sealed record ExportedEdition(ImportQuestionnaire Questionnaire, ResponseBatch Batch);
