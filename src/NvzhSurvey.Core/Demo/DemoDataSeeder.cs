using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// Loads the demo data set into an empty database: the 2024 edition (closed, 25 completed responses of
/// fictional organisations reproducing the 2024 publication) and an open 2025 edition with the same questionnaire.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<SurveyDbContext> dbFactory, ILogger<DemoDataSeeder> logger)
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
            edition2024 = NewEdition(spec.Year, EditionStatus.Closed, QuestionnaireDefinition.Load2024().ToSections());
            db.Editions.Add(edition2024);
        }

        edition2024.MembersTotal = spec.MembersTotal;
        edition2024.LocationsAllMembers = spec.LocationsAllMembers;

        var (organisations, responses) = new DemoDataGenerator(spec, edition2024).Generate();
        db.Organisations.AddRange(organisations);
        db.Responses.AddRange(responses);

        if (!await db.Editions.AnyAsync(e => e.Year == spec.Year + 1, cancellationToken))
        {
            var next = NewEdition(spec.Year + 1, EditionStatus.Open, QuestionnaireCopier.Copy(edition2024.Sections, edition2024.Year, spec.Year + 1));
            next.MembersTotal = spec.MembersTotal + 3;
            next.LocationsAllMembers = spec.LocationsAllMembers + 8;
            db.Editions.Add(next);
        }

        await db.SaveChangesAsync(cancellationToken);
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
