using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>Writes a validated plan into a context, touching only values that differ, and counts the changes.</summary>
/// <param name="retiredOptionIds">Selections of retired options are kept: the batch cannot name them (export leaves them out).</param>
internal sealed class ImportApplier(SurveyDbContext db, int editionId, IReadOnlySet<int> retiredOptionIds, DateTimeOffset now, string changedBy)
{
    public async Task<ImportSummary> ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var keys = plan.Organisations.Select(o => o.Key).ToList();
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
            var (organisation, organisationAction) = ApplyOrganisation(planned, organisations.GetValueOrDefault(planned.Key));
            var (responseAction, changes) = planned.Response is null
                ? (ImportAction.Unchanged, 0)
                : ApplyResponse(planned, organisation, responses.GetValueOrDefault(organisation.Id));
            results.Add(new ImportedOrganisation(planned.Key, organisationAction, responseAction, changes));
        }

        return new ImportSummary(results);
    }

    private (Organisation, ImportAction) ApplyOrganisation(PlannedOrganisation planned, Organisation? organisation)
    {
        var created = organisation is null;
        var changes = 0;
        if (organisation is null)
        {
            organisation = new Organisation { Key = planned.Key, Name = planned.Name, City = planned.City };
            db.Organisations.Add(organisation);
        }

        changes += Change(organisation.Name, planned.Name, v => organisation.Name = v);
        if (planned.City is not null)
        {
            changes += Change(organisation.City, planned.City, v => organisation.City = v);
        }

        foreach (var location in planned.Locations ?? [])
        {
            var existing = FindLocation(organisation, location.Name);
            if (existing is null)
            {
                var added = new Location { Organisation = organisation, Name = location.Name, City = location.City, Province = location.Province };
                organisation.Locations.Add(added);
                db.Locations.Add(added);
                changes++;
                continue;
            }

            if (location.City is not null)
            {
                changes += Change(existing.City, location.City, v => existing.City = v);
            }

            if (location.Province is not null)
            {
                changes += Change(existing.Province, location.Province, v => existing.Province = v);
            }
        }

        return (organisation, created ? ImportAction.Created : changes > 0 ? ImportAction.Updated : ImportAction.Unchanged);
    }

    private (ImportAction, int) ApplyResponse(PlannedOrganisation planned, Organisation organisation, Response? response)
    {
        var plannedResponse = planned.Response!;
        var created = response is null;
        if (response is null)
        {
            response = new Response { EditionId = editionId, Organisation = organisation, Status = plannedResponse.Status ?? ResponseStatus.Draft };
            db.Responses.Add(response);
            if (planned.Locations is null)
            {
                foreach (var location in organisation.Locations.Where(l => l.IsActive))
                {
                    response.Locations.Add(new ResponseLocation { LocationId = location.Id, Name = location.Name, City = location.City, Province = location.Province });
                }
            }
        }

        var changes = 0;
        if (plannedResponse.Status is { } status)
        {
            changes += Change(response.Status, status, v => response.Status = v);
        }

        if (response.Status == ResponseStatus.Completed && response.CompletedAt is null)
        {
            response.CompletedAt = now;
        }

        if (planned.Locations is not null)
        {
            changes += SyncLocations(response, organisation, planned.Locations);
        }

        foreach (var (questionId, answer) in plannedResponse.Answers)
        {
            changes += SyncAnswer(response, questionId, answer);
        }

        foreach (var ((questionId, listKey), texts) in plannedResponse.TextLists)
        {
            changes += SyncTexts(response, questionId, null, listKey, texts);
        }

        foreach (var ((questionId, optionId), texts) in plannedResponse.Details)
        {
            changes += SyncTexts(response, questionId, optionId, null, texts);
        }

        if (created || changes > 0)
        {
            response.LastChangedAt = now;
            response.LastChangedBy = changedBy;
        }

        return (created ? ImportAction.Created : changes > 0 ? ImportAction.Updated : ImportAction.Unchanged, changes);
    }

    private int SyncLocations(Response response, Organisation organisation, IReadOnlyList<PlannedLocation> planned)
    {
        var changes = 0;
        var unmatched = response.Locations.OrderBy(l => l.Id).ToList();
        foreach (var location in planned)
        {
            var live = FindLocation(organisation, location.Name)!;
            var city = location.City ?? live.City;
            var province = location.Province ?? live.Province;
            var snapshot = unmatched.FirstOrDefault(l => string.Equals(l.Name, location.Name, StringComparison.OrdinalIgnoreCase));
            if (snapshot is null)
            {
                response.Locations.Add(new ResponseLocation { LocationId = live.Id, Name = location.Name, City = city, Province = province });
                changes++;
                continue;
            }

            unmatched.Remove(snapshot);
            changes += Change(snapshot.Name, location.Name, v => snapshot.Name = v);
            changes += Change(snapshot.City, city, v => snapshot.City = v);
            changes += Change(snapshot.Province, province, v => snapshot.Province = v);
            changes += Change(snapshot.LocationId, live.Id, v => snapshot.LocationId = v);
        }

        foreach (var snapshot in unmatched)
        {
            response.Locations.Remove(snapshot);
            db.ResponseLocations.Remove(snapshot);
            changes++;
        }

        return changes;
    }

    private int SyncAnswer(Response response, int questionId, PlannedAnswer answer)
    {
        var existing = response.Answers.Where(a => a.QuestionId == questionId).OrderBy(a => a.Id).ToList();
        var keep = new List<Answer>();
        var changes = 0;
        foreach (var optionId in answer.OptionIds)
        {
            var row = existing.FirstOrDefault(a => a.OptionId == optionId);
            if (row is null)
            {
                response.Answers.Add(new Answer { QuestionId = questionId, OptionId = optionId });
                changes++;
            }
            else
            {
                keep.Add(row);
            }
        }

        if (answer.NoneOfThese)
        {
            var row = existing.FirstOrDefault(a => a.IsNoneOfThese);
            if (row is null)
            {
                response.Answers.Add(Answer.NoneOfThese(questionId));
                changes++;
            }
            else
            {
                keep.Add(row);
            }
        }

        if (answer.Number is { } number || answer.Text is not null)
        {
            var row = existing.FirstOrDefault(a => a.OptionId is null);
            if (row is null)
            {
                response.Answers.Add(new Answer { QuestionId = questionId, NumberValue = answer.Number, TextValue = answer.Text });
                changes++;
            }
            else
            {
                keep.Add(row);
                changes += Change(row.NumberValue, answer.Number, v => row.NumberValue = v);
                changes += Change(row.TextValue, answer.Text, v => row.TextValue = v);
            }
        }

        foreach (var row in existing.Except(keep).Where(a => a.OptionId is not { } id || !retiredOptionIds.Contains(id)))
        {
            response.Answers.Remove(row);
            db.Answers.Remove(row);
            changes++;
        }

        return changes;
    }

    private int SyncTexts(Response response, int questionId, int? optionId, string? listKey, IReadOnlyList<string> texts)
    {
        var existing = response.FreeTexts
            .Where(t => t.QuestionId == questionId && t.OptionId == optionId && t.ListKey == listKey)
            .OrderBy(t => t.Order).ThenBy(t => t.Id).ToList();
        var changes = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (i < existing.Count)
            {
                var row = existing[i];
                changes += Change(row.Text, texts[i], v => row.Text = v);
                changes += Change(row.Order, i + 1, v => row.Order = v);
            }
            else
            {
                response.FreeTexts.Add(new FreeText { QuestionId = questionId, OptionId = optionId, ListKey = listKey, Text = texts[i], Order = i + 1 });
                changes++;
            }
        }

        foreach (var row in existing.Skip(texts.Count))
        {
            response.FreeTexts.Remove(row);
            db.FreeTexts.Remove(row);
            changes++;
        }

        return changes;
    }

    private static Location? FindLocation(Organisation organisation, string name) =>
        organisation.Locations.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Assigns only when the value differs (8.75 equals 8.750), so unchanged values are not written.</summary>
    private static int Change<T>(T current, T wanted, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, wanted))
        {
            return 0;
        }

        assign(wanted);
        return 1;
    }
}
