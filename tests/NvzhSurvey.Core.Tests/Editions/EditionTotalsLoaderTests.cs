using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Tests.Editions;

public class EditionTotalsLoaderTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private EditionTotalsLoader Totals => new(Database.CreateFactory());

    [Fact]
    public async Task Every_edition_in_year_order_with_its_member_totals_and_response_counts()
    {
        await SeedDemoDataAsync();
        var responses2024 = await ExecuteDbContextAsync(db => db.Responses.CountAsync(r => r.Edition!.Year == 2024));

        var totals = await Totals.ListAsync();

        totals.Select(s => s.Year).Should().BeInAscendingOrder().And.Contain([2024, 2025]);
        var edition2024 = totals.Single(s => s.Year == 2024);
        edition2024.Completed.Should().Be(25);
        edition2024.Responses.Should().Be(responses2024);
        edition2024.MembersTotal.Should().Be(49, "the 2024 member list has 49 members");
        (await Totals.FindAsync(2024)).Should().Be(edition2024);
    }

    [Fact]
    public async Task A_manual_correction_of_the_member_totals_wins_and_is_marked()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Editions.Where(e => e.Year == 2025)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.MembersTotal, 60).SetProperty(e => e.LocationsAllMembers, 250)));

        var summary = (await Totals.FindAsync(2025))!;

        (summary.MembersTotal, summary.LocationsAllMembers, summary.MembersCorrected).Should().Be((60, 250, true));
        (await Totals.FindAsync(1999)).Should().BeNull();
    }
}
