using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Editions;

public class EditionOverviewTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private EditionOverview Overview => new(Database.CreateFactory());

    [Fact]
    public async Task Every_member_of_the_edition_is_listed_with_its_response_status_and_counted_locations()
    {
        await SeedDemoDataAsync();

        var rows = await Overview.LoadAsync(2024);

        rows.Should().HaveCount(49, "the 2024 edition has 49 members");
        rows.Count(r => r.Status == ResponseStatus.Completed).Should().Be(25);
        rows.Where(r => r.Status == ResponseStatus.Completed).Sum(r => r.CountedLocations).Should().Be(118);
        rows.Select(r => r.Name).Should().BeInAscendingOrder(StringComparer.CurrentCultureIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_year_has_no_rows()
    {
        await SeedDemoDataAsync();

        (await Overview.LoadAsync(1999)).Should().BeEmpty();
    }
}
