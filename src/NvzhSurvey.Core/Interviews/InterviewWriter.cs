using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
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
    public const int MaxTextLength = AnswerRules.MaxTextLength;

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
        var sync = new AnswerSync(db, session.Response);
        foreach (var answer in changes.Answers)
        {
            var error = questions.TryGetValue(answer.QuestionId, out var question)
                ? Apply(sync, question, answer, session.Edition.Year)
                : "Deze vraag hoort niet bij deze editie.";
            if (error is not null)
            {
                errors[answer.QuestionId] = error;
            }
        }

        // Founding year and legal form are organisation facts: an answer here changes the organisation in the same save.
        var factsAnswered = questions.Values.Where(q => OrganisationFacts.QuestionKeys.Contains(q.Key) && !errors.ContainsKey(q.Id))
            .Select(q => q.Id).ToHashSet();
        if (factsAnswered.Count > 0 || session.Created)
        {
            await OrganisationFacts.ReconcileAsync(db, session.Response, editionId, session.Edition.Year, factsAnswered, ct);
        }

        if (changes.Details is { } details)
        {
            session.Response.InterviewDate = details.InterviewDate;
            session.Response.Interviewer = Clean(details.Interviewer);
            session.Response.InternalNotes = Clean(details.InternalNotes);
        }

        if (changes.CountedLocationIds is not null || session.Created)
        {
            await CountLocationsAsync(db, sync, changes.CountedLocationIds, ct);
        }

        return await session.CommitAsync(changedBy, clock, ct, errors);
    }

    /// <summary>The answer to one question, with its text lists and details, through the shared <see cref="AnswerSync"/>.</summary>
    private static string? Apply(AnswerSync sync, Question question, QuestionAnswer answer, int editionYear)
    {
        var error = question.Kind switch
        {
            _ when question.Kind.IsChoice() => sync.SetChoice(question, answer.OptionIds, answer.NoneOfThese),
            _ when question.Kind.IsNumeric() => SetNumber(sync, question, answer.Value, editionYear),
            QuestionKind.Text => sync.SetText(question, answer.Value),
            _ => null,
        };

        foreach (var (listKey, lines) in answer.ListTexts)
        {
            if (question.TextLists.Any(t => t.Key == listKey))
            {
                error ??= sync.SetTexts(question, null, listKey, lines);
            }
        }

        foreach (var (optionId, lines) in answer.DetailTexts)
        {
            if (question.Options.Any(o => o.Id == optionId && o.HasDetails))
            {
                error ??= sync.SetTexts(question, optionId, null, lines);
            }
        }

        return error;
    }

    /// <summary>The number as typed ("9,62"); empty clears the answer.</summary>
    private static string? SetNumber(AnswerSync sync, Question question, string? text, int editionYear)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return sync.SetNumber(question, null, editionYear);
        }

        return AnswerRules.TryParseNumber(question, text, editionYear, out var value, out var error)
            ? sync.SetNumber(question, value, editionYear)
            : error;
    }

    /// <summary>The snapshot of counted locations; null ids means "every active location" (a new response).</summary>
    internal static async Task CountLocationsAsync(SurveyDbContext db, AnswerSync sync, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var response = sync.Response;
        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.OrganisationId == response.OrganisationId && (ids == null ? l.IsActive : ids.Contains(l.Id)))
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        // A location already counted keeps its snapshot; a newly counted one is taken from the live location.
        var wanted = locations.Select(l => response.Locations.FirstOrDefault(s => s.LocationId == l.Id) is { } counted
                ? new CountedLocation(l.Id, counted.Name, counted.City, counted.Province)
                : new CountedLocation(l.Id, l.Name, l.City, l.Province))
            .ToList();
        sync.SetCountedLocations(wanted, keepUnlinked: true);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
