using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>
/// Writes a plan into a context through the shared <see cref="AnswerSync"/> (the interview form's writer uses the
/// same), touching only values that differ. It returns per organisation the list of changes, and every answer
/// that breaks a rule as an <see cref="ExchangeError"/>; with errors the caller must not save.
/// </summary>
internal sealed class ImportApplier(SurveyDbContext db, int editionId, int editionYear, IReadOnlyDictionary<int, Question> questions, DateTimeOffset now, string changedBy)
{
    private readonly List<ExchangeError> _errors = [];

    public IReadOnlyList<ExchangeError> Errors => _errors;

    public async Task<ImportSummary> ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var keys = plan.Organisations.Where(o => o.IsValid).Select(o => o.Key).ToList();
        var organisations = await db.Organisations.Include(o => o.Locations)
            .Where(o => keys.Contains(o.Key))
            .ToDictionaryAsync(o => o.Key, cancellationToken);
        var organisationIds = organisations.Values.Select(o => o.Id).ToList();
        var responses = await db.Responses
            .Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Locations)
            .Where(r => r.EditionId == editionId && organisationIds.Contains(r.OrganisationId))
            .ToDictionaryAsync(r => r.OrganisationId, cancellationToken);

        var results = new List<ImportedOrganisation>();
        foreach (var planned in plan.Organisations)
        {
            if (!planned.IsValid)
            {
                // Check its answers against a response that is never added to the context.
                CheckOnly(planned);
                results.Add(new ImportedOrganisation(planned.Key, ImportAction.Unchanged, ImportAction.Unchanged, [], 0));
                continue;
            }

            var organisationSync = new AnswerSync(db, new Response());
            var (organisation, organisationAction) = ApplyOrganisation(planned, organisations.GetValueOrDefault(planned.Key), organisationSync);
            var (responseAction, responseSync) = planned.Response is null
                ? (ImportAction.Unchanged, null)
                : ApplyResponse(planned, organisation, responses.GetValueOrDefault(organisation.Id));
            if (responseSync is not null && ApplyFacts(planned.Response!, organisation, responseSync, organisationSync)
                && organisationAction == ImportAction.Unchanged)
            {
                organisationAction = ImportAction.Updated;
            }

            var changes = organisationSync.Changes.Concat(responseSync?.Changes ?? []).ToList();
            results.Add(new ImportedOrganisation(planned.Key, organisationAction, responseAction, changes,
                organisationSync.Unchanged + (responseSync?.Unchanged ?? 0)));
        }

        return new ImportSummary(results);
    }

    /// <summary>
    /// Founding year and legal form are organisation facts (<see cref="OrganisationFacts"/>): imported answers change
    /// the organisation as the interview form does, and an open response without them takes the organisation's values.
    /// </summary>
    /// <returns>Whether the organisation changed (recorded in <paramref name="organisationSync"/>).</returns>
    private bool ApplyFacts(PlannedResponse planned, Organisation organisation, AnswerSync responseSync, AnswerSync organisationSync)
    {
        var (year, form, parent) = (organisation.FoundedYear, organisation.LegalForm, organisation.ParentEntityName);
        OrganisationFacts.Reconcile(responseSync, responseSync.Response, organisation, questions.Values,
            planned.Answers.Keys.ToHashSet(), editionYear);
        var changed = organisationSync.Set("Oprichtingsjaar", year, organisation.FoundedYear, _ => { });
        changed |= organisationSync.Set("Rechtsvorm", form, organisation.LegalForm, _ => { }, f => f is null ? null : f == LegalForm.PartOf ? "onderdeel van een andere organisatie" : "zelfstandig");
        changed |= organisationSync.Set("Onderdeel van", parent, organisation.ParentEntityName, _ => { });
        return changed;
    }

    private void CheckOnly(PlannedOrganisation planned)
    {
        if (planned.Response is { } response)
        {
            ApplyAnswers(planned, response, new AnswerSync(db, new Response()));
        }
    }

    private (Organisation, ImportAction) ApplyOrganisation(PlannedOrganisation planned, Organisation? organisation, AnswerSync sync)
    {
        var created = organisation is null;
        if (organisation is null)
        {
            organisation = new Organisation { Key = planned.Key, Name = planned.Name, City = planned.City };
            db.Organisations.Add(organisation);
        }
        else
        {
            sync.Set("Organisatie", organisation.Name, planned.Name, v => organisation.Name = v);
            if (planned.City is not null)
            {
                sync.Set("Plaats", organisation.City, planned.City, v => organisation.City = v);
            }
        }

        foreach (var location in planned.Locations ?? [])
        {
            var existing = FindLocation(organisation, location.Name);
            if (existing is null)
            {
                var added = new Location { Organisation = organisation, Name = location.Name, City = location.City, Province = location.Province };
                organisation.Locations.Add(added);
                db.Locations.Add(added);
                sync.Set<string?>("Nieuwe locatie", null, location.Name, _ => { });
                continue;
            }

            if (location.City is not null)
            {
                sync.Set($"Locatie {existing.Name}: plaats", existing.City, location.City, v => existing.City = v);
            }

            if (location.Province is not null)
            {
                sync.Set($"Locatie {existing.Name}: provincie", existing.Province, location.Province, v => existing.Province = v, p => p?.DisplayName());
            }
        }

        return (organisation, created ? ImportAction.Created : sync.Changes.Count > 0 ? ImportAction.Updated : ImportAction.Unchanged);
    }

    private (ImportAction, AnswerSync) ApplyResponse(PlannedOrganisation planned, Organisation organisation, Response? response)
    {
        var plannedResponse = planned.Response!;
        var created = response is null;
        if (response is null)
        {
            response = new Response { EditionId = editionId, Organisation = organisation, Status = plannedResponse.Status ?? ResponseStatus.Draft };
            db.Responses.Add(response);
        }

        var sync = new AnswerSync(db, response);
        if (plannedResponse.Status is { } status)
        {
            sync.Set("Status", response.Status, status, v => response.Status = v, ExchangeStatusNames.ToLabel);
        }

        if (response.Status == ResponseStatus.Completed && response.CompletedAt is null)
        {
            response.CompletedAt = now;
        }

        if (planned.Locations is not null)
        {
            sync.SetCountedLocations(planned.Locations.Select(l =>
            {
                var live = FindLocation(organisation, l.Name)!;
                return new CountedLocation(live.Id == 0 ? null : live.Id, l.Name, l.City ?? live.City, l.Province ?? live.Province);
            }).ToList(), keepUnlinked: false);
        }
        else if (created)
        {
            sync.SetCountedLocations(organisation.Locations.Where(l => l.IsActive).OrderBy(l => l.Id)
                .Select(l => new CountedLocation(l.Id, l.Name, l.City, l.Province)).ToList(), keepUnlinked: false);
        }

        ApplyAnswers(planned, plannedResponse, sync);
        if (created || sync.Changes.Count > 0)
        {
            response.LastChangedAt = now;
            response.LastChangedBy = changedBy;
        }

        return (created ? ImportAction.Created : sync.Changes.Count > 0 ? ImportAction.Updated : ImportAction.Unchanged, sync);
    }

    private void ApplyAnswers(PlannedOrganisation planned, PlannedResponse plannedResponse, AnswerSync sync)
    {
        var path = planned.Path + ".response";
        foreach (var (questionId, answer) in plannedResponse.Answers)
        {
            var question = questions[questionId];
            var error = question.Kind switch
            {
                _ when question.Kind.IsChoice() => sync.SetChoice(question, answer.OptionIds, answer.NoneOfThese, keepRetired: true),
                _ when question.Kind.IsNumeric() => sync.SetNumber(question, answer.Number, editionYear),
                _ => sync.SetText(question, answer.Text),
            };
            AddError($"{path}.answers.{question.Key}", error);
        }

        foreach (var ((questionId, listKey), texts) in plannedResponse.TextLists)
        {
            var question = questions[questionId];
            AddError(listKey == ImportQuestionnaire.AlsoMentioned ? $"{path}.alsoMentioned.{question.Key}" : $"{path}.textLists.{question.Key}.{listKey}",
                sync.SetTexts(question, null, listKey, texts));
        }

        foreach (var ((questionId, optionId), texts) in plannedResponse.Details)
        {
            var question = questions[questionId];
            AddError($"{path}.details.{question.Key}.{question.Options.Single(o => o.Id == optionId).Key}", sync.SetTexts(question, optionId, null, texts));
        }
    }

    private void AddError(string path, string? error)
    {
        if (error is not null)
        {
            _errors.Add(new ExchangeError(path, error));
        }
    }

    private static Location? FindLocation(Organisation organisation, string name) =>
        organisation.Locations.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
}
