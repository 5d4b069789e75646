using NvzhSurvey.Core.Accounts;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Web.Features.Organisations;

namespace NvzhSurvey.Web.Tests.Organisations;

/// <summary>The staff locations card against the app's PostgreSQL database (organisation demo-16, used by no other test).</summary>
[Collection(AppCollection.Name)]
public class LocationsCardTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;

    public LocationsCardTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("medewerker@nvzh.example")));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<OrganisationService>();
    }

    [Fact]
    public async Task An_edit_and_a_close_over_someone_elses_change_are_refused_and_the_input_stays()
    {
        var (organisationId, locations) = await LocationsAsync();
        var location = locations.First(l => l.IsActive);
        var card = Context.Render<LocationsCard>(p => p.Add(c => c.OrganisationId, organisationId).Add(c => c.Locations, locations).Add(c => c.Actor, Actor.Staff(null, "Medewerker")));
        await ChangeAsMemberAsync(location.Id);

        card.Find($"button[aria-label='{location.Name} sluiten']").Click();
        card.WaitForAssertion(() => card.Find("[data-testid=location-status-error]").TextContent
            .Should().Be(OrganisationService.LocationCloseConflictMessage), Timeout);
        card.Find($"button[aria-label='{location.Name} bewerken']").Click();
        card.WaitForElement("[data-testid=location-editor] input", Timeout).Change("Naam van de medewerker");
        card.Find("[data-testid=location-editor] form").Submit();

        card.WaitForAssertion(() => card.Find("[data-testid=location-editor] .mud-alert").TextContent
            .Should().Be(OrganisationService.LocationConflictMessage), Timeout);
        card.Find("[data-testid=location-editor] input").GetAttribute("value").Should().Be("Naam van de medewerker");
        await using var db = _app.Factory.Database.CreateDbContext();
        var stored = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == location.Id);
        stored.Should().BeEquivalentTo(new { location.Name, IsActive = true, Street = "Gewijzigd door het lid" });
    }

    private async Task<(int OrganisationId, List<Location> Locations)> LocationsAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        var organisationId = await db.Organisations.Where(o => o.Key == "demo-16").Select(o => o.Id).SingleAsync();
        return (organisationId, await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId).OrderBy(l => l.Id).ToListAsync());
    }

    private async Task ChangeAsMemberAsync(int locationId)
    {
        await using var db = _app.Factory.Database.CreateDbContext(new SystemActor("lid@demo-16.example"));
        var location = await db.Locations.SingleAsync(l => l.Id == locationId);
        location.Street = "Gewijzigd door het lid";
        await db.SaveChangesAsync();
    }
}
