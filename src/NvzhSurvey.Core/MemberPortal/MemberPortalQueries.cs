using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.MemberPortal;

/// <summary>
/// The reads of the member portal. Every query filters on the actor's own organisation (from the user's database
/// row, never from the URL); for anyone else, and for another organisation's ids, the answer is null ("niet gevonden").
/// The portal's writes go through <see cref="OrganisationService"/> and the interview services, like staff's.
/// </summary>
public sealed class MemberPortalQueries(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>Editions whose answers a member reads; the open edition is filled in through the questionnaire.</summary>
    public static readonly EditionStatus[] EarlierStatuses = [EditionStatus.Closed, EditionStatus.Published];

    public async Task<MemberHome?> HomeAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return null;
        }

        var organisationId = actor.OrganisationId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null)
        {
            return null;
        }

        var locations = await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId)
            .OrderByDescending(l => l.IsActive).ThenBy(l => l.Name).ToListAsync(ct);
        var openEdition = await OpenEditionAsync(db, ct);
        var openStatus = openEdition is null ? ResponseStatus.NotStarted
            : await db.Responses.Where(r => r.OrganisationId == organisationId && r.EditionId == openEdition.Id)
                .Select(r => (ResponseStatus?)r.Status).SingleOrDefaultAsync(ct) ?? ResponseStatus.NotStarted;
        var earlier = await db.Responses.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && EarlierStatuses.Contains(r.Edition!.Status))
            .OrderByDescending(r => r.Edition!.Year)
            .Select(r => new EarlierEdition(r.Edition!.Year, r.Status))
            .ToListAsync(ct);
        return new MemberHome(organisation.Id, organisation.Name, ProfileForm.From(organisation), locations,
            openEdition?.Year, openStatus, earlier);
    }

    /// <summary>A location of the member's own organisation; any other id is null, exactly like a missing one.</summary>
    public async Task<Location?> LocationAsync(Actor actor, int locationId, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Locations.AsNoTracking()
            .SingleOrDefaultAsync(l => l.Id == locationId && l.OrganisationId == actor.OrganisationId, ct);
    }

    /// <summary>The year of the open edition whose questionnaire the member fills in, if any.</summary>
    public async Task<int?> OpenEditionYearAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await OpenEditionAsync(db, ct))?.Year;
    }

    /// <summary>The member's own answers of a closed or published edition; null for any other year.</summary>
    public async Task<MemberAnswersView?> AnswersAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (!actor.IsMember)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var response = await db.Responses.AsNoTracking().AsSplitQuery()
            .Include(r => r.Answers).Include(r => r.FreeTexts).Include(r => r.Organisation)
            .SingleOrDefaultAsync(r => r.OrganisationId == actor.OrganisationId && r.Edition!.Year == year
                && EarlierStatuses.Contains(r.Edition.Status), ct);
        if (response is null)
        {
            return null;
        }

        var sections = await db.Sections.AsNoTracking().Where(s => s.EditionId == response.EditionId).OrderBy(s => s.Order)
            .Include(s => s.Questions.OrderBy(q => q.Order)).ThenInclude(q => q.Options).ToListAsync(ct);
        return new MemberAnswersView(response.Organisation!.Name, response.Status, sections
            .Select(s => new SectionAnswers(s.Title, s.Questions
                .Select(q => (Label: q.InterviewWording, Value: Format(q, response)))
                .Where(a => a.Value.Length > 0)
                .ToList()))
            .Where(s => s.Answers.Count > 0)
            .ToList());
    }

    private static Task<Edition?> OpenEditionAsync(SurveyDbContext db, CancellationToken ct) =>
        db.Editions.AsNoTracking().Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);

    private static string Format(Question question, Response response)
    {
        var parts = new List<string>();
        foreach (var answer in response.Answers.Where(a => a.QuestionId == question.Id))
        {
            if (answer.OptionId is { } optionId)
            {
                parts.Add(question.Options.FirstOrDefault(o => o.Id == optionId)?.Label ?? "");
            }
            else if (answer.NumberValue is { } number)
            {
                parts.Add(question.Kind switch
                {
                    QuestionKind.Money => DutchFormat.Euro(number),
                    QuestionKind.Year or QuestionKind.FoundedYearBuckets => number.ToString("0", DutchFormat.Culture),
                    QuestionKind.Decimal => DutchFormat.Decimal(number, 2),
                    _ => DutchFormat.Integer(number),
                });
            }
            else if (!string.IsNullOrWhiteSpace(answer.TextValue))
            {
                parts.Add(answer.TextValue);
            }
            else if (answer.IsNoneOfThese)
            {
                parts.Add(AnswerRules.NoneOfTheseLabel);
            }
        }

        parts.AddRange(response.FreeTexts.Where(t => t.QuestionId == question.Id).OrderBy(t => t.Order).Select(t => t.Text));
        return string.Join("; ", parts.Where(p => p.Length > 0));
    }
}
