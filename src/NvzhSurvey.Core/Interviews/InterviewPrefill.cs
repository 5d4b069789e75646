using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Starts a response from the organisation's answers of the previous edition: answers and free texts are copied
/// by question and option key (ids differ per edition), and every section that received answers is marked
/// "overgenomen, nog te bevestigen" until staff (or the member) confirm it.
/// </summary>
public sealed class InterviewPrefill(IDbContextFactory<SurveyDbContext> dbFactory, ICurrentActor changedBy, TimeProvider clock)
{
    /// <summary>The most recent earlier edition in which the organisation has answers, if any.</summary>
    public static async Task<int?> PreviousYearWithAnswersAsync(SurveyDbContext db, int editionYear, int organisationId, CancellationToken ct) =>
        await db.Responses.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.Edition!.Year < editionYear && r.Answers.Any())
            .OrderByDescending(r => r.Edition!.Year)
            .Select(r => (int?)r.Edition!.Year)
            .FirstOrDefaultAsync(ct);

    public async Task<SaveResult> PrefillAsync(Actor actor, int editionId, int organisationId, uint? expectedVersion, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (session, refusal) = await ResponseSession.OpenAsync(db, actor, editionId, organisationId, expectedVersion, ct);
        if (session is null)
        {
            return refusal!;
        }

        var response = session.Response;
        if (response.Answers.Count > 0)
        {
            return new SaveResult(SaveOutcome.Refused, "Dit interview heeft al antwoorden; overnemen kan alleen bij een leeg interview.");
        }

        var previousYear = await PreviousYearWithAnswersAsync(db, session.Edition.Year, organisationId, ct);
        if (previousYear is null)
        {
            return new SaveResult(SaveOutcome.Refused, "Er zijn geen antwoorden van een vorige editie om over te nemen.");
        }

        var previous = await db.Responses.AsNoTracking().AsSplitQuery().Include(r => r.Answers).Include(r => r.FreeTexts)
            .SingleAsync(r => r.OrganisationId == organisationId && r.Edition!.Year == previousYear, ct);
        var map = await KeyMap.LoadAsync(db, previous.EditionId, editionId, ct);

        var touchedSections = new HashSet<int>();
        foreach (var answer in previous.Answers)
        {
            if (!map.TryQuestion(answer.QuestionId, out var question) || !map.TryOption(answer.OptionId, out var option))
            {
                continue; // the question or option no longer exists in this edition
            }

            response.Answers.Add(new Answer { QuestionId = question.Id, OptionId = option, NumberValue = answer.NumberValue, TextValue = answer.TextValue });
            touchedSections.Add(question.SectionId);
        }

        foreach (var text in previous.FreeTexts)
        {
            if (map.TryQuestion(text.QuestionId, out var question) && map.TryOption(text.OptionId, out var option)
                && (text.ListKey is null || map.HasList(question.Id, text.ListKey)))
            {
                response.FreeTexts.Add(new FreeText
                {
                    QuestionId = question.Id, OptionId = option, ListKey = text.ListKey, Text = text.Text, Order = text.Order,
                    HiddenFromPublication = text.HiddenFromPublication,
                });
                touchedSections.Add(question.SectionId);
            }
        }

        // The organisation's current founding year and legal form win over last year's answers (organisation facts).
        await OrganisationFacts.ReconcileAsync(db, response, editionId, session.Edition.Year, new HashSet<int>(), ct);

        if (session.Created)
        {
            await InterviewWriter.CountLocationsAsync(db, new AnswerSync(db, response), null, ct);
        }

        foreach (var sectionId in touchedSections)
        {
            var state = response.SectionStates.FirstOrDefault(s => s.SectionId == sectionId);
            if (state is null)
            {
                response.SectionStates.Add(new ResponseSectionState { SectionId = sectionId, AwaitingConfirmation = true });
            }
            else
            {
                state.AwaitingConfirmation = true;
            }
        }

        // One history entry for the whole take-over ("62 antwoorden overgenomen van 2024"); the audit interceptor
        // gives it the same moment and user as the answer rows.
        db.AuditEntries.Add(new AuditEntry
        {
            EntityType = InterviewHistory.PrefillEntityType,
            EntityId = previousYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OrganisationId = organisationId,
            ResponseId = response.Id, // hilo: assigned when the response was added
            Action = "Added",
            Field = previousYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        return await session.CommitAsync(changedBy, clock, ct);
    }

    /// <summary>Question, option and text-list ids of the previous edition mapped by key onto this edition.</summary>
    private sealed class KeyMap
    {
        private readonly Dictionary<int, Questionnaires.Question> _questions = [];
        private readonly Dictionary<int, int> _options = [];
        private readonly HashSet<(int, string)> _lists = [];

        public bool TryQuestion(int previousId, out Questionnaires.Question question) => _questions.TryGetValue(previousId, out question!);

        /// <summary>Null maps to null; an option must exist (and not be retired) in this edition.</summary>
        public bool TryOption(int? previousId, out int? optionId)
        {
            optionId = null;
            if (previousId is null)
            {
                return true;
            }

            if (_options.TryGetValue(previousId.Value, out var id))
            {
                optionId = id;
                return true;
            }

            return false;
        }

        public bool HasList(int questionId, string key) => _lists.Contains((questionId, key));

        public static async Task<KeyMap> LoadAsync(SurveyDbContext db, int fromEditionId, int toEditionId, CancellationToken ct)
        {
            var from = await Questions(db, fromEditionId, ct);
            var to = (await Questions(db, toEditionId, ct)).Where(q => !q.IsRetired).ToDictionary(q => q.Key);
            var map = new KeyMap();
            foreach (var old in from)
            {
                if (!to.TryGetValue(old.Key, out var current) || current.Kind != old.Kind)
                {
                    continue;
                }

                map._questions[old.Id] = current;
                foreach (var option in old.Options)
                {
                    if (current.Options.FirstOrDefault(o => o.Key == option.Key && !o.IsRetired) is { } match)
                    {
                        map._options[option.Id] = match.Id;
                    }
                }

                foreach (var list in current.TextLists)
                {
                    map._lists.Add((current.Id, list.Key));
                }
            }

            return map;
        }

        private static Task<List<Questionnaires.Question>> Questions(SurveyDbContext db, int editionId, CancellationToken ct) =>
            db.Questions.AsNoTracking().AsSplitQuery().Include(q => q.Options).Include(q => q.TextLists)
                .Where(q => q.Section!.EditionId == editionId).ToListAsync(ct);
    }
}
