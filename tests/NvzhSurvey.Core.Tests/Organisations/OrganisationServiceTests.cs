using NvzhSurvey.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Organisations;

public class OrganisationServiceTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private OrganisationService Service => new(Database.CreateFactory(), TimeProvider.System);

    [Fact]
    public async Task An_organisation_is_created_with_a_unique_key_and_listed_as_not_started()
    {
        await SeedDemoDataAsync();

        var (first, id) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef", City = "Lindehoven" });
        var (second, otherId) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting  Proef" });

        first.Succeeded.Should().BeTrue();
        second.Succeeded.Should().BeTrue();
        var keys = await ExecuteDbContextAsync(db => db.Organisations.Where(o => o.Id == id || o.Id == otherId).OrderBy(o => o.Id).Select(o => o.Key).ToListAsync());
        keys.Should().Equal("stichting-proef", "stichting-proef-2");
        var list = await Service.ListAsync();
        list.EditionYear.Should().Be(2025);
        list.Rows.Should().HaveCount(51).And.Contain(r => r.Id == id && r.City == "Lindehoven" && r.Status == ResponseStatus.NotStarted);
    }

    [Fact]
    public async Task Invalid_input_is_refused_in_Dutch()
    {
        (await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = " " })).Result.Error.Should().Be("Vul een naam in.");
        (await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "A", ContactEmail = "geen-adres" })).Result.Error.Should().Be("Vul een geldig e-mailadres in.");
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_first_edit_kept()
    {
        var (_, id) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef" });
        var mine = OrganisationForm.From((await Service.GetAsync(id))!.Organisation);
        var theirs = OrganisationForm.From((await Service.GetAsync(id))!.Organisation);
        mine.City = "Lindehoven";
        theirs.City = "Zuiderwold";

        (await Service.UpdateAsync(Actor.System(), id, mine)).Succeeded.Should().BeTrue();
        var second = await Service.UpdateAsync(Actor.System(), id, theirs);

        second.Error.Should().Be(OrganisationService.ConflictMessage);
        (await Service.GetAsync(id))!.Organisation.City.Should().Be("Lindehoven");
    }

    [Fact]
    public async Task A_profile_is_written_only_by_its_own_member_or_staff_and_a_stale_one_is_refused()
    {
        var (_, id) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef", City = "Lindehoven" });
        var (_, otherId) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Ander" });
        var own = Actor.Member("lid-proef", "Lid Proef", id);
        var profile = ProfileForm.From((await Service.GetAsync(id))!.Organisation);
        var stale = ProfileForm.From((await Service.GetAsync(id))!.Organisation);
        profile.City = "Zuiderwold";
        stale.City = "Noorderveen";

        (await Service.UpdateProfileAsync(Actor.Member("lid-ander", "Lid Ander", otherId), id, profile)).Error
            .Should().Be(OrganisationService.OrganisationNotFoundMessage, "another organisation's profile is answered as if it does not exist");
        (await Service.UpdateAsync(own, id, OrganisationForm.From((await Service.GetAsync(id))!.Organisation))).Error
            .Should().Be(Actor.NotAllowedMessage, "name and membership stay with staff");
        (await Service.UpdateProfileAsync(own, id, profile)).Succeeded.Should().BeTrue();
        (await Service.UpdateProfileAsync(Actor.System(), id, stale)).Error.Should().Be(OrganisationService.ProfileConflictMessage);

        (await Service.GetAsync(id))!.Organisation.City.Should().Be("Zuiderwold");
    }

    [Fact]
    public async Task Locations_are_added_edited_and_closed_and_dayparts_stay_within_0_to_21()
    {
        var (_, id) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef" });

        (await Service.AddLocationAsync(Actor.System(), id, new LocationForm { Name = "Huiskamer", Province = Province.Utrecht, DaypartsPerWeek = 22 }))
            .Error.Should().Be("Vul een aantal dagdelen in van 0 tot en met 21.");
        (await Service.AddLocationAsync(Actor.System(), id, new LocationForm { Name = "Huiskamer", Province = Province.Utrecht, DaypartsPerWeek = 21,
            Premises = PremisesKind.Hosted, HostedAt = "Bibliotheek" })).Succeeded.Should().BeTrue();
        var location = (await Service.GetAsync(id))!.Organisation.Locations.Single();
        var form = LocationForm.From(location);
        form.Postcode = "1234ab";
        (await Service.UpdateLocationAsync(Actor.System(), location.Id, form)).Succeeded.Should().BeTrue();
        var edited = (await Service.GetAsync(id))!.Organisation.Locations.Single();
        (await Service.CloseLocationAsync(Actor.System(), location.Id, edited.Version, new DateOnly(2025, 6, 30))).Succeeded.Should().BeTrue();

        var stored = (await Service.GetAsync(id))!.Organisation.Locations.Single();
        stored.Should().BeEquivalentTo(new { Postcode = "1234 AB", HostedAt = "Bibliotheek", IsActive = false, ClosedOn = new DateOnly(2025, 6, 30) });
        (await Service.ListAsync()).Rows.Single().ActiveLocations.Should().Be(0);
        (await ExecuteDbContextAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Location" && a.OrganisationId == id))).Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task A_stale_location_edit_is_refused_the_stored_location_kept_and_a_fresh_edit_saved()
    {
        var (organisationId, locationId) = await OrganisationWithLocationAsync();
        var staff = LocationForm.From(await LocationAsync(locationId));
        var member = LocationForm.From(await LocationAsync(locationId));
        staff.City = "Lindehoven";
        member.City = "Zuiderwold";

        (await Service.UpdateLocationAsync(Actor.System(), locationId, staff)).Succeeded.Should().BeTrue();
        var stale = await Service.UpdateLocationAsync(Actor.System(), locationId, member);

        stale.Error.Should().Be(OrganisationService.LocationConflictMessage);
        (await LocationAsync(locationId)).City.Should().Be("Lindehoven");
        var fresh = LocationForm.From(await LocationAsync(locationId));
        fresh.City = "Zuiderwold";
        (await Service.UpdateLocationAsync(Actor.System(), locationId, fresh)).Succeeded.Should().BeTrue();
        (await LocationAsync(locationId)).City.Should().Be("Zuiderwold");
        (await Service.GetAsync(organisationId))!.Organisation.Locations.Should().ContainSingle();
    }

    [Fact]
    public async Task Closing_or_reopening_a_location_from_a_stale_copy_is_refused_and_changes_nothing()
    {
        var (_, locationId) = await OrganisationWithLocationAsync();
        var seen = await LocationAsync(locationId);
        var edit = LocationForm.From(seen);
        edit.DaypartsPerWeek = 6;
        (await Service.UpdateLocationAsync(Actor.System(), locationId, edit)).Succeeded.Should().BeTrue();

        var close = await Service.CloseLocationAsync(Actor.System(), locationId, seen.Version, new DateOnly(2025, 6, 30));

        close.Error.Should().Be(OrganisationService.LocationCloseConflictMessage);
        (await LocationAsync(locationId)).Should().BeEquivalentTo(new { IsActive = true, ClosedOn = (DateOnly?)null, DaypartsPerWeek = 6 });
        var current = await LocationAsync(locationId);
        (await Service.CloseLocationAsync(Actor.System(), locationId, current.Version, new DateOnly(2025, 6, 30))).Succeeded.Should().BeTrue();
        (await Service.ReopenLocationAsync(Actor.System(), locationId, current.Version)).Error.Should().Be(OrganisationService.LocationReopenConflictMessage);
        (await LocationAsync(locationId)).Should().BeEquivalentTo(new { IsActive = false, ClosedOn = new DateOnly(2025, 6, 30) });
    }

    private async Task<(int OrganisationId, int LocationId)> OrganisationWithLocationAsync()
    {
        var (_, id) = await Service.CreateAsync(Actor.System(), new OrganisationForm { Name = "Stichting Proef" });
        (await Service.AddLocationAsync(Actor.System(), id, new LocationForm { Name = "Huiskamer", City = "Beekdorp", Province = Province.Utrecht, DaypartsPerWeek = 4 }))
            .Succeeded.Should().BeTrue();
        return (id, (await Service.GetAsync(id))!.Organisation.Locations.Single().Id);
    }

    private Task<Location> LocationAsync(int id) =>
        ExecuteDbContextAsync(db => db.Locations.AsNoTracking().SingleAsync(l => l.Id == id));

    [Fact]
    public async Task Archiving_marks_a_former_member_and_the_page_lists_responses_across_editions()
    {
        await SeedDemoDataAsync();
        var id = await ExecuteDbContextAsync(db => db.Responses.Select(r => r.OrganisationId).FirstAsync());

        (await Service.SetArchivedAsync(Actor.System(), id, true)).Succeeded.Should().BeTrue();

        var details = (await Service.GetAsync(id))!;
        details.Organisation.IsArchived.Should().BeTrue();
        details.Organisation.MembershipStatus.Should().Be(MembershipStatus.Former);
        details.Responses.Select(r => (r.Year, r.Status)).Should().Equal((2025, ResponseStatus.NotStarted), (2024, ResponseStatus.Completed));
    }
}
