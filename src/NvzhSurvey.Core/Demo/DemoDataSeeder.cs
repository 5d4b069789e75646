using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// Loads the demo data set into an empty database: the 2024 edition (published with its snapshot; 49 fictional
/// members with 206 locations, of which 25 completed responses reproduce the 2024 publication) and an open 2025
/// edition with the same questionnaire.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<SurveyDbContext> dbFactory, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data skipped: the database already has organisations");
            return false;
        }

        var spec = DemoSpecification.Load2024();
        var edition2024 = await db.Editions.Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .SingleOrDefaultAsync(e => e.Year == spec.Year, cancellationToken);
        if (edition2024 is null)
        {
            edition2024 = NewEdition(spec.Year, EditionStatus.Open, QuestionnaireDefinition.Load2024().ToSections());
            db.Editions.Add(edition2024);
        }

        // The member list gives "van de 49" and "van de 206": no manual correction.
        edition2024.Status = EditionStatus.Open;
        edition2024.MembersTotal = null;
        edition2024.LocationsAllMembers = null;

        var (organisations, responses) = new DemoDataGenerator(spec, edition2024).Generate();
        var participantLocations = organisations.Sum(o => o.Locations.Count);
        organisations.AddRange(DemoNonParticipants.Create(
            spec.MembersTotal - organisations.Count, spec.LocationsAllMembers - participantLocations));
        db.Organisations.AddRange(organisations);
        db.Responses.AddRange(responses);

        if (!await db.Editions.AnyAsync(e => e.Year == spec.Year + 1, cancellationToken))
        {
            var next = NewEdition(spec.Year + 1, EditionStatus.Open, QuestionnaireCopier.Copy(edition2024.Sections, edition2024.Year, spec.Year + 1));
            db.Editions.Add(next);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Through the state machine, as staff would: closing fixes the member list, publishing stores the snapshot.
        var editions = new EditionService(dbFactory, clock);
        foreach (var status in new[] { EditionStatus.Closed, EditionStatus.Published })
        {
            var result = await editions.ChangeStatusAsync(Accounts.Actor.System("Demodata"), spec.Year, status, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo data: edition {spec.Year} could not move to {status}: {result.Error}");
            }
        }

        logger.LogInformation("Demo data loaded: {Organisations} organisations, {Locations} locations",
            organisations.Count, organisations.Sum(o => o.Locations.Count));
        return true;
    }

    private static Edition NewEdition(int year, EditionStatus status, List<Questionnaires.Section> sections) => new()
    {
        Year = year,
        Status = status,
        Sections = sections,
        Texts = DefaultEditionTexts.Create(),
    };
}
