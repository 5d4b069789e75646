using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Stores changed answers of one response (the interview form's autosave, and the member portal's form):
/// options, numbers checked by <see cref="AnswerRules"/>, free texts, interview details and counted locations.
/// Invalid answers are left out and reported per question; the rest is saved. The acting <see cref="Actor"/> is
/// checked first (<see cref="ResponseSession"/>): a member writes only its own draft, never the interview details.
/// </summary>
public sealed class InterviewWriter(IDbContextFactory<SurveyDbContext> dbFactory, ICurrentActor changedBy, TimeProvider clock)
{
    public const int MaxTextLength = 1000;

    public const string StaffOnlyDetailsMessage = "Interviewdatum, interviewer en interne notities worden alleen door de NVZH ingevuld.";

    public async Task<SaveResult> SaveAsync(Actor actor, int editionId, int organisationId, InterviewChanges changes, CancellationToken ct = default)
    {
        if (changes.Details is not null && !actor.HasStaffRights)
        {
            return new SaveResult(SaveOutcome.Refused, StaffOnlyDetailsMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, actor, editionId, organisationId, changes.ExpectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        var questionIds = changes.Answers.Select(a => a.QuestionId).ToList();
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options).Include(q => q.TextLists)
            .Where(q => q.Section!.EditionId == editionId && questionIds.Contains(q.Id))
            .ToDictionaryAsync(q => q.Id, ct);
        var errors = new Dictionary<int, string>();
        foreach (var answer in changes.Answers)
        {
            var error = questions.TryGetValue(answer.QuestionId, out var question)
                ? Apply(session.Response, question, answer, session.Edition.Year)
                : "Deze vraag hoort niet bij deze editie.";
            if (error is not null)
            {
                errors[answer.QuestionId] = error;
            }
        }

        if (changes.Details is { } details)
        {
            session.Response.InterviewDate = details.InterviewDate;
            session.Response.Interviewer = Clean(details.Interviewer);
            session.Response.InternalNotes = Clean(details.InternalNotes);
        }

        if (changes.CountedLocationIds is not null || session.Created)
        {
            await CountLocationsAsync(db, session.Response, changes.CountedLocationIds, ct);
        }

        return await session.CommitAsync(changedBy, clock, ct, errors);
    }

    private static string? Apply(Response response, Question question, QuestionAnswer answer, int editionYear)
    {
        var error = question.Kind switch
        {
            _ when question.Kind.IsChoice() => ApplyOptions(response, question, answer.OptionIds, answer.NoneOfThese),
            _ when question.Kind.IsNumeric() => ApplyNumber(response, question, answer.Value, editionYear),
            QuestionKind.Text => ApplyText(response, question, answer.Value),
            _ => null,
        };

        foreach (var (listKey, lines) in answer.ListTexts)
        {
            if (question.TextLists.Any(t => t.Key == listKey))
            {
                error ??= SyncTexts(response, question.Id, null, listKey, lines);
            }
        }

        foreach (var (optionId, lines) in answer.DetailTexts)
        {
            if (question.Options.Any(o => o.Id == optionId && o.HasDetails))
            {
                error ??= SyncTexts(response, question.Id, optionId, null, lines);
            }
        }

        return error;
    }

    private static string? ApplyOptions(Response response, Question question, IReadOnlyCollection<int> optionIds, bool noneOfThese)
    {
        var selected = optionIds.Distinct().ToList();
        if (AnswerRules.CheckSelection(question, selected) is { } error)
        {
            return error;
        }

        if (noneOfThese && (question.Kind != QuestionKind.MultipleChoice || selected.Count > 0))
        {
            return question.Kind == QuestionKind.MultipleChoice
                ? "Kies een of meer antwoorden of 'Geen van deze', niet allebei."
                : "'Geen van deze' kan alleen bij een vraag met meerdere antwoorden.";
        }

        var current = response.Answers.Where(a => a.QuestionId == question.Id).ToList();
        // A retired option stays selected when it was, but cannot be newly chosen.
        if (selected.Any(id => question.Options.Single(o => o.Id == id).IsRetired && current.All(a => a.OptionId != id)))
        {
            return "Dit antwoord is vervallen en kan niet meer worden gekozen.";
        }

        foreach (var answer in current.Where(a => a.OptionId is null ? !noneOfThese : !selected.Contains(a.OptionId.Value)))
        {
            response.Answers.Remove(answer);
        }

        if (noneOfThese && !current.Any(a => a.IsNoneOfThese))
        {
            response.Answers.Add(Answer.NoneOfThese(question.Id));
        }

        foreach (var id in selected.Where(id => current.All(a => a.OptionId != id)))
        {
            response.Answers.Add(new Answer { QuestionId = question.Id, OptionId = id });
        }

        return null;
    }

    private static string? ApplyNumber(Response response, Question question, string? text, int editionYear)
    {
        var current = response.Answers.Where(a => a.QuestionId == question.Id).ToList();
        if (string.IsNullOrWhiteSpace(text))
        {
            current.ForEach(a => response.Answers.Remove(a));
            return null;
        }

        if (!AnswerRules.TryParseNumber(question, text, editionYear, out var value, out var error))
        {
            return error;
        }

        var answer = current.FirstOrDefault(a => a.OptionId is null);
        if (answer is null)
        {
            response.Answers.Add(new Answer { QuestionId = question.Id, NumberValue = value });
        }
        else if (answer.NumberValue != value)
        {
            answer.NumberValue = value;
        }

        return null;
    }

    private static string? ApplyText(Response response, Question question, string? text)
    {
        var current = response.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
        var cleaned = Clean(text);
        if (cleaned is { Length: > MaxTextLength })
        {
            return $"Gebruik maximaal {MaxTextLength} tekens.";
        }

        if (cleaned is null)
        {
            if (current is not null)
            {
                response.Answers.Remove(current);
            }
        }
        else if (current is null)
        {
            response.Answers.Add(new Answer { QuestionId = question.Id, TextValue = cleaned });
        }
        else if (current.TextValue != cleaned)
        {
            current.TextValue = cleaned;
        }

        return null;
    }

    /// <summary>Makes the stored items of one text list (or one option's details) equal to <paramref name="lines"/>.</summary>
    private static string? SyncTexts(Response response, int questionId, int? optionId, string? listKey, IReadOnlyList<string> lines)
    {
        var items = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (items.Any(i => i.Length > MaxTextLength))
        {
            return $"Een tekst mag maximaal {MaxTextLength} tekens hebben.";
        }

        var current = response.FreeTexts
            .Where(t => t.QuestionId == questionId && t.OptionId == optionId && t.ListKey == listKey)
            .OrderBy(t => t.Order).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (i < current.Count)
            {
                if (current[i].Text != items[i])
                {
                    current[i].Text = items[i];
                }

                if (current[i].Order != i + 1)
                {
                    current[i].Order = i + 1;
                }
            }
            else
            {
                response.FreeTexts.Add(new FreeText { QuestionId = questionId, OptionId = optionId, ListKey = listKey, Text = items[i], Order = i + 1 });
            }
        }

        foreach (var surplus in current.Skip(items.Count))
        {
            response.FreeTexts.Remove(surplus);
        }

        return null;
    }

    /// <summary>The snapshot of counted locations; null ids means "every active location" (a new response).</summary>
    internal static async Task CountLocationsAsync(SurveyDbContext db, Response response, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.OrganisationId == response.OrganisationId && (ids == null ? l.IsActive : ids.Contains(l.Id)))
            .ToListAsync(ct);
        foreach (var counted in response.Locations.Where(s => s.LocationId is { } id && locations.All(l => l.Id != id)).ToList())
        {
            response.Locations.Remove(counted);
        }

        foreach (var location in locations.Where(l => response.Locations.All(s => s.LocationId != l.Id)))
        {
            response.Locations.Add(new ResponseLocation
            {
                LocationId = location.Id,
                Name = location.Name,
                City = location.City,
                Province = location.Province,
            });
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
