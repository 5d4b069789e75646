using NvzhSurvey.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Editions;

public class EditionMembershipTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private EditionService Service => new(Database.CreateFactory(), TimeProvider.System);
    private EditionMembershipService Members => new(Database.CreateFactory());

    private async Task<Participation> ParticipationAsync(int year) =>
        (await new ReportBuilder(Database.CreateFactory()).BuildAsync(year))!.Participation;

    [Fact]
    public async Task The_demo_2024_member_list_holds_49_members_with_206_locations_without_a_manual_correction()
    {
        await SeedDemoDataAsync();

        var participation = await ParticipationAsync(2024);

        (participation.MembersTotal, participation.LocationsAllMembers, participation.Corrected).Should().Be((49, 206, false));
        (participation.Participating, participation.LocationsParticipating).Should().Be((25, 118));
        (await ExecuteDbContextAsync(db => db.EditionMembers.CountAsync(m => m.Kind == EditionMemberKind.Fixed))).Should().Be(49);
    }

    [Fact]
    public async Task An_organisation_created_after_an_edition_closed_never_changes_it()
    {
        await SeedDemoDataAsync();
        await Service.ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Closed);
        var before = await ParticipationAsync(2025);

        await InsertAsync(new Organisation
        {
            Key = "nieuw", Name = "Stichting Later Lid", MemberSince = new DateOnly(2025, 6, 1),
            Locations = [new Location { Name = "Huiskamer Later" }],
        });

        var after = await ParticipationAsync(2025);
        (after.MembersTotal, after.LocationsAllMembers).Should().Be((before.MembersTotal, before.LocationsAllMembers));
        (await ParticipationAsync(2024)).MembersTotal.Should().Be(49);

        // Reopened, the edition follows the membership periods again: the organisation was a member in 2025.
        (await Service.ChangeStatusAsync(Actor.System(), 2025, EditionStatus.Open)).Succeeded.Should().BeTrue();
        (await ParticipationAsync(2025)).MembersTotal.Should().Be(before.MembersTotal + 1);
    }

    [Fact]
    public async Task An_organisation_whose_membership_ended_before_an_edition_opened_is_not_a_member_of_it()
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(db => db.Organisations.Where(o => o.Key == "demo-30")
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.MemberUntil, new DateOnly(2024, 12, 31))));

        (await ParticipationAsync(2025)).MembersTotal.Should().Be(48);
        (await ParticipationAsync(2024)).MembersTotal.Should().Be(49, "2024 is published with its fixed member list");
    }

    [Fact]
    public async Task Staff_add_and_remove_members_of_an_open_edition_but_not_of_a_closed_one()
    {
        await SeedDemoDataAsync();
        var (removed, added) = await ExecuteDbContextAsync(async db =>
        {
            var member = await db.Organisations.SingleAsync(o => o.Key == "demo-40");
            var outsider = new Organisation { Key = "buiten", Name = "Stichting Buiten", MemberSince = new DateOnly(2030, 1, 1), Locations = [new Location { Name = "Plek" }] };
            db.Organisations.Add(outsider);
            await db.SaveChangesAsync();
            return (member.Id, outsider.Id);
        });
        var before = await ParticipationAsync(2025);

        (await Members.RemoveAsync(2025, removed, Actor.System())).Succeeded.Should().BeTrue();
        (await Members.AddAsync(2025, added, Actor.System())).Succeeded.Should().BeTrue();

        var after = await ParticipationAsync(2025);
        after.MembersTotal.Should().Be(before.MembersTotal);
        (await Members.AddAsync(2024, added, Actor.System())).Error.Should().Be(EditionMembershipService.FixedMessage);
    }

    [Fact]
    public async Task Members_board_and_read_tokens_cannot_change_an_editions_member_list()
    {
        await SeedDemoDataAsync();
        var organisationId = await ExecuteDbContextAsync(db => db.Organisations.Where(o => o.Key == "demo-40").Select(o => o.Id).SingleAsync());

        (await Members.RemoveAsync(2025, organisationId, Actor.Member("m", "Lid", organisationId))).Error.Should().Be(Actor.NotAllowedMessage);
        (await Members.RemoveAsync(2025, organisationId, Actor.Reader("b", "Bestuur"))).Error.Should().Be(Actor.NotAllowedMessage);
        (await Members.AddAsync(2025, organisationId, Actor.Token("t", "Lezen", ApiTokenScope.ReadReports))).Error.Should().Be(Actor.NotAllowedMessage);

        (await ExecuteDbContextAsync(db => db.EditionMembers.CountAsync(m => m.Kind != EditionMemberKind.Fixed))).Should().Be(0);
    }

    [Fact]
    public async Task The_member_list_of_an_open_edition_shows_members_with_their_locations_and_the_organisations_that_can_be_added()
    {
        await SeedDemoDataAsync();
        var outsider = new Organisation { Key = "buiten", Name = "Stichting Buiten", MemberUntil = new DateOnly(2020, 12, 31) };
        await InsertAsync(outsider);
        var list = new EditionMemberList(Database.CreateFactory());

        var before = (await list.LoadAsync(2025))!;
        (before.Members.Count, before.Members.Sum(m => m.Locations), before.IsFixed).Should().Be((49, 206, false));
        before.Candidates.Should().ContainSingle().Which.Name.Should().Be("Stichting Buiten");

        (await Members.AddAsync(2025, outsider.Id, Actor.System())).Succeeded.Should().BeTrue();
        var after = (await list.LoadAsync(2025))!;
        after.Members.Should().ContainSingle(m => m.OrganisationId == outsider.Id).Which.AddedByStaff.Should().BeTrue();
        after.Candidates.Should().BeEmpty();

        var published = (await list.LoadAsync(2024))!;
        (published.IsFixed, published.Members.Count, published.Candidates.Count).Should().Be((true, 49, 0));
    }
}
