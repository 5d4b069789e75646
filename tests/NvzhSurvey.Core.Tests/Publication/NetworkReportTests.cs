using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Publication;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Publication;

public class NetworkReportTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task The_network_counts_the_participants_locations_per_province_and_lists_those_without_one()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(async db =>
        {
            var location = await db.ResponseLocations.OrderBy(l => l.Id).FirstAsync(l => db.Responses.Any(r => r.Id == l.ResponseId && r.Edition!.Year == 2024));
            location.Province = null;
            await db.SaveChangesAsync();
            return 0;
        });
        var expected = await ExecuteDbContextAsync(db => db.ResponseLocations
            .Where(l => db.Responses.Any(r => r.Id == l.ResponseId && r.Status == ResponseStatus.Completed && r.Edition!.Year == 2024))
            .GroupBy(l => l.Province).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());

        var network = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024))!.Network!;

        network.Provinces.Should().HaveCount(12);
        foreach (var province in network.Provinces)
        {
            province.Locations.Should().Be(expected.SingleOrDefault(e => e.Key == province.Province)?.Count ?? 0, province.Name);
        }

        network.WithoutProvince.Locations.Should().Be(1);
        network.Locations.Should().Be(118, "the provinces and the row without a province add up to the participants' locations");
    }

    [Fact]
    public async Task The_member_figures_count_open_locations_per_province_and_each_member_with_one_once()
    {
        await SeedDemoDataAsync();
        var open = await ExecuteDbContextAsync(db => db.Locations
            .Where(l => l.IsActive && l.Organisation!.MembershipStatus == MembershipStatus.Member && !l.Organisation.IsArchived)
            .Select(l => new { l.OrganisationId, l.Province }).ToListAsync());

        var network = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2025))!.Network!;

        network.MemberOrganisations.Should().Be(open.Select(l => l.OrganisationId).Distinct().Count()).And.BeGreaterThan(0);
        foreach (var province in network.Provinces)
        {
            var here = open.Where(l => l.Province == province.Province).ToList();
            (province.MemberOrganisations, province.MemberLocations).Should()
                .Be((here.Select(l => l.OrganisationId).Distinct().Count(), here.Count), province.Name);
        }
    }

    [Fact]
    public async Task The_demo_switches_the_public_page_on_only_for_a_published_edition()
    {
        await SeedDemoDataAsync();
        var demo = new DemoPublicPage(Database.CreateFactory());

        (await demo.SwitchOnIfPublishedAsync(2025)).Should().BeFalse("2025 is open, not published");
        (await new PublicWebEditions(Database.CreateFactory()).IsPublicAsync(2025)).Should().BeFalse();
        (await demo.SwitchOnIfPublishedAsync()).Should().BeTrue("the demo publishes 2024");

        (await new PublicWebEditions(Database.CreateFactory()).IsPublicAsync(2024)).Should().BeTrue();
    }
}
