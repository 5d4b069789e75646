using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Editions;

public class OpenEditionProgressTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private OpenEditionProgress Progress => new(Database.CreateFactory());

    [Fact]
    public async Task The_open_edition_counts_responses_per_status_over_the_active_organisations()
    {
        await SeedDemoDataAsync();
        var (first, second) = await ExecuteDbContextAsync(async db =>
        {
            var ids = await db.Organisations.Where(o => !o.IsArchived).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var edition = await ExecuteDbContextAsync(db => db.Editions.SingleAsync(e => e.Year == 2025));
        await InsertAsync(
            new Response { EditionId = edition.Id, OrganisationId = first, Status = ResponseStatus.Draft },
            new Response { EditionId = edition.Id, OrganisationId = second, Status = ResponseStatus.SubmittedByMember });

        var progress = await Progress.LoadAsync();

        var active = await ExecuteDbContextAsync(db => db.Organisations.CountAsync(o => !o.IsArchived));
        progress.Should().Be(new ProgressCounts(2025, active, Completed: 0, Submitted: 1, Drafts: 1, NotStarted: active - 2));
    }

    [Fact]
    public async Task Without_an_open_edition_there_is_no_year()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Status == EditionStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Closed)));

        (await Progress.LoadAsync()).Year.Should().BeNull();
    }
}
