using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// Founding year and legal form are facts of the organisation, asked in the interview as the questions
/// <see cref="FoundedYearKey"/> and <see cref="LegalFormKey"/>. The organisation holds the one current value; every
/// response that is not completed, in an edition that still accepts answers, holds the same value as its answer, so
/// an edit in either place (profile or interview) is written to both in one save and audited there. Once a response
/// is completed its answer is no longer touched: that answer is the frozen value the report reads, as the counted
/// locations are. See docs/decisions/012-organisation-facts-live-on-the-organisation.md.
/// </summary>
public static class OrganisationFacts
{
    public const string FoundedYearKey = "founded_year";
    public const string LegalFormKey = "legal_form";

    public static readonly IReadOnlyList<string> QuestionKeys = [FoundedYearKey, LegalFormKey];

    /// <summary>The option key of the interview question for a legal form.</summary>
    public static string OptionKey(LegalForm form) => form == LegalForm.PartOf ? "part_of" : "independent";

    public static LegalForm? FromOptionKey(string? key) => key switch
    {
        "independent" => LegalForm.Independent,
        "part_of" => LegalForm.PartOf,
        _ => null,
    };

    /// <summary>The shared rule, with this year in Amsterdam as the latest year (a profile has no edition year).</summary>
    public static string? CheckFoundedYear(int? year, TimeProvider clock) =>
        AnswerRules.CheckFoundedYear(year, DutchTime.Today(clock).Year);

    /// <summary>Interview → organisation: the values the response now holds for the fact questions among <paramref name="questions"/>.</summary>
    internal static void CopyToOrganisation(Response response, IEnumerable<Question> questions, Organisation organisation)
    {
        foreach (var question in questions)
        {
            var rows = response.Answers.Where(a => a.QuestionId == question.Id).ToList();
            switch (question.Key)
            {
                case FoundedYearKey:
                    organisation.FoundedYear = rows.FirstOrDefault(a => a.NumberValue is not null)?.NumberValue is { } year ? (int)year : null;
                    break;
                case LegalFormKey:
                    var optionId = rows.FirstOrDefault(a => a.OptionId is not null)?.OptionId;
                    organisation.LegalForm = FromOptionKey(question.Options.FirstOrDefault(o => o.Id == optionId)?.Key);
                    if (organisation.LegalForm != LegalForm.PartOf)
                    {
                        organisation.ParentEntityName = null;
                    }

                    break;
            }
        }
    }

    /// <summary>A form for a response that does not exist yet shows the organisation's values (its first save stores them).</summary>
    internal static void FillForm(IEnumerable<QuestionFormModel> questions, Organisation organisation, int editionYear)
    {
        foreach (var question in questions)
        {
            if (question.Key == FoundedYearKey && organisation.FoundedYear is { } year && AnswerRules.CheckFoundedYear(year, editionYear) is null)
            {
                question.Value = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (question.Key == LegalFormKey && organisation.LegalForm is { } form
                     && question.Options.FirstOrDefault(o => o.Key == OptionKey(form) && !o.IsRetired) is { } option)
            {
                question.SelectedOptionIds.Add(option.Id);
            }
        }
    }

    /// <summary>Organisation → response: makes the response's fact answers equal to the organisation's values.</summary>
    /// <returns>Whether an answer changed.</returns>
    internal static bool CopyToResponse(AnswerSync sync, Organisation organisation, IEnumerable<Question> questions, int editionYear)
    {
        var before = sync.Changes.Count;
        foreach (var question in questions)
        {
            switch (question.Key)
            {
                case FoundedYearKey:
                    // A year after the edition's own year does not fit that edition: its answer is left as it is.
                    sync.SetNumber(question, organisation.FoundedYear, editionYear);
                    break;
                case LegalFormKey when question.Kind == QuestionKind.SingleChoice:
                    var option = organisation.LegalForm is { } form
                        ? question.Options.FirstOrDefault(o => o.Key == OptionKey(form) && !o.IsRetired)
                        : null;
                    if (organisation.LegalForm is null || option is not null)
                    {
                        sync.SetChoice(question, option is null ? [] : [option.Id], noneOfThese: false);
                    }

                    break;
            }
        }

        return sync.Changes.Count > before;
    }

    /// <summary>
    /// One save of a response that is not completed (the interview form's autosave, a prefill, the first save that
    /// creates it): a fact question answered in this save (<paramref name="answeredNow"/>) changes the organisation;
    /// any other fact question takes the organisation's value when it has one, and gives it its own when it has none.
    /// </summary>
    internal static async Task ReconcileAsync(SurveyDbContext db, Response response, int editionId, int editionYear,
        IReadOnlySet<int> answeredNow, CancellationToken ct)
    {
        if (response.Status == ResponseStatus.Completed)
        {
            return; // frozen: a completed response keeps its own copy
        }

        string[] keys = [FoundedYearKey, LegalFormKey];
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options)
            .Where(q => q.Section!.EditionId == editionId && keys.Contains(q.Key) && !q.IsRetired)
            .ToListAsync(ct);
        if (questions.Count == 0)
        {
            return;
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == response.OrganisationId, ct);
        Reconcile(new AnswerSync(db, response), response, organisation, questions, answeredNow, editionYear);
    }

    /// <summary>
    /// The rule of <see cref="ReconcileAsync"/> on loaded entities (the importer's organisations and responses may not
    /// be saved yet). A completed response keeps its own answers; an organisation that has no value yet takes it from
    /// them (a file of an earlier edition fills an empty profile, but never overwrites it).
    /// </summary>
    internal static void Reconcile(AnswerSync sync, Response response, Organisation organisation, IEnumerable<Question> questions,
        IReadOnlySet<int> answeredNow, int editionYear)
    {
        foreach (var question in questions.Where(q => QuestionKeys.Contains(q.Key) && !q.IsRetired))
        {
            var organisationKnows = question.Key == FoundedYearKey ? organisation.FoundedYear is not null : organisation.LegalForm is not null;
            if (response.Status == ResponseStatus.Completed)
            {
                if (!organisationKnows && answeredNow.Contains(question.Id))
                {
                    CopyToOrganisation(response, [question], organisation);
                }
            }
            else if (!answeredNow.Contains(question.Id) && organisationKnows)
            {
                CopyToResponse(sync, organisation, [question], editionYear);
            }
            else
            {
                CopyToOrganisation(response, [question], organisation);
            }
        }
    }

    /// <summary>
    /// Organisation → every response of it that is still open (not completed, edition accepting answers); call it
    /// before the save that stores the organisation, so both land in one transaction and one audit timestamp.
    /// </summary>
    internal static async Task CopyToOpenResponsesAsync(SurveyDbContext db, Organisation organisation, string changedBy, TimeProvider clock, CancellationToken ct)
    {
        var responses = await db.Responses.AsSplitQuery().Include(r => r.Answers).Include(r => r.Edition)
            .Where(r => r.OrganisationId == organisation.Id && r.Status != ResponseStatus.Completed
                        && (r.Edition!.Status == EditionStatus.Open || r.Edition.Status == EditionStatus.Draft))
            .ToListAsync(ct);
        if (responses.Count == 0)
        {
            return;
        }

        var editionIds = responses.Select(r => r.EditionId).ToList();
        string[] keys = [FoundedYearKey, LegalFormKey];
        var questions = (await db.Questions.AsNoTracking().Include(q => q.Options)
                .Where(q => editionIds.Contains(q.Section!.EditionId) && keys.Contains(q.Key) && !q.IsRetired)
                .Select(q => new { Question = q, q.Section!.EditionId })
                .ToListAsync(ct))
            .ToLookup(q => q.EditionId, q => q.Question);
        foreach (var response in responses)
        {
            if (CopyToResponse(new AnswerSync(db, response), organisation, questions[response.EditionId], response.Edition!.Year))
            {
                // A form open on this response sees the change as someone else's save (version check) and offers to reload.
                response.LastChangedAt = clock.GetUtcNow();
                response.LastChangedBy = changedBy;
            }
        }
    }
}
