using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Tests.Editions;

public class EditionStateMachineTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private EditionService Service => new(Database.CreateFactory(), TimeProvider.System);

    public static TheoryData<EditionStatus, EditionStatus, bool> Transitions()
    {
        var allowed = new HashSet<(EditionStatus, EditionStatus)>
        {
            (EditionStatus.Draft, EditionStatus.Open),
            (EditionStatus.Open, EditionStatus.Closed),
            (EditionStatus.Closed, EditionStatus.Open),
            (EditionStatus.Closed, EditionStatus.Published),
        };
        var data = new TheoryData<EditionStatus, EditionStatus, bool>();
        foreach (var from in Enum.GetValues<EditionStatus>())
        {
            foreach (var to in new[] { EditionStatus.Open, EditionStatus.Closed, EditionStatus.Published })
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Every_transition_is_allowed_or_refused_by_the_one_state_machine(EditionStatus from, EditionStatus to, bool allowed)
    {
        await SeedDemoDataAsync();
        (await Service.CreateNextAsync(Actor.System())).Succeeded.Should().BeTrue();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2026).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, from)));

        var result = await Service.ChangeStatusAsync(Actor.Staff(null, "medewerker@nvzh.example"), 2026, to);

        EditionStateMachine.CanMove(from, to).Should().Be(allowed);
        result.Succeeded.Should().Be(allowed, result.Error);
        var (status, snapshots) = await ExecuteDbContextAsync(async db =>
        {
            var edition = await db.Editions.AsNoTracking().SingleAsync(e => e.Year == 2026);
            return (edition.Status, await db.PublicationSnapshots.CountAsync(s => s.EditionId == edition.Id));
        });
        status.Should().Be(allowed ? to : from);
        snapshots.Should().Be(allowed && to == EditionStatus.Published ? 1 : 0, "publishing always stores the snapshot");
        if (!allowed)
        {
            result.Error.Should().MatchRegex("kan niet naar|al gepubliceerd");
        }
    }

    [Fact]
    public async Task The_demo_2024_edition_is_published_with_its_snapshot_and_2025_is_open()
    {
        await SeedDemoDataAsync();

        var editions = await ExecuteDbContextAsync(db => db.Editions.AsNoTracking().OrderBy(e => e.Year)
            .Select(e => new { e.Year, e.Status, e.PublishedAt, Snapshots = db.PublicationSnapshots.Count(s => s.EditionId == e.Id) })
            .ToListAsync());

        editions.Select(e => (e.Year, e.Status, e.Snapshots)).Should().Equal((2024, EditionStatus.Published, 1), (2025, EditionStatus.Open, 0));
        editions[0].PublishedAt.Should().NotBeNull();
    }
}
