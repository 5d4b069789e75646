using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Web.Features.MemberPortal;

namespace NvzhSurvey.Web.Tests.MemberPortal;

/// <summary>The member's location page against the app's PostgreSQL database (organisation demo-15, used by no other test).</summary>
[Collection(AppCollection.Name)]
public class MemberLocationTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;
    private readonly BunitAuthorizationContext _authorization;

    public MemberLocationTests(AppFixture app)
    {
        _app = app;
        var actor = new SystemActor("lid@demo-15.example");
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(actor));
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<NvzhSurvey.Web.Features.Accounts.ActorResolver>();
        Context.Services.AddScoped<NvzhSurvey.Core.MemberPortal.MemberPortalQueries>();
        Context.Services.AddScoped<OrganisationService>();
        _authorization = Context.AddAuthorization();
    }

    [Fact]
    public async Task A_save_over_a_change_by_staff_is_refused_in_Dutch_and_the_input_stays()
    {
        var location = await SignInAndPickLocationAsync();
        var page = Render(location.Id);
        page.Find("[data-testid=location-name] input, input[data-testid=location-name]").Change("Huiskamer van het lid");

        await ChangeAsStaffAsync(location.Id, l => l.City = "Gewijzigd door medewerker");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=location-error]").TextContent
            .Should().Be(OrganisationService.LocationConflictMessage), Timeout);
        page.Find("[data-testid=location-name] input, input[data-testid=location-name]").GetAttribute("value").Should().Be("Huiskamer van het lid");
        Context.Services.GetRequiredService<BunitNavigationManager>().History.Should().BeEmpty("the page stays open");
        var stored = await StoredAsync(location.Id);
        stored.Name.Should().Be(location.Name, "the member's stale input overwrote nothing");
        stored.City.Should().Be("Gewijzigd door medewerker");
    }

    [Fact]
    public async Task Closing_over_a_change_by_staff_is_refused_and_the_location_stays_open()
    {
        var location = await SignInAndPickLocationAsync();
        var provider = Context.Render<MudDialogProvider>();
        var page = Render(location.Id);

        await ChangeAsStaffAsync(location.Id, l => l.DaypartsPerWeek = (l.DaypartsPerWeek ?? 0) == 1 ? 2 : 1);
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Locatie sluiten").Click();

        provider.WaitForAssertion(() => provider.FindAll("button").Should().Contain(b => b.TextContent.Trim() == "Sluiten"), Timeout);
        await provider.InvokeAsync(() => provider.FindAll("button").Single(b => b.TextContent.Trim() == "Sluiten").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=location-error]").TextContent
            .Should().Be(OrganisationService.LocationCloseConflictMessage), Timeout);
        (await StoredAsync(location.Id)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task A_save_from_a_fresh_page_is_stored()
    {
        var location = await SignInAndPickLocationAsync();
        var page = Render(location.Id);
        var name = location.Name + " (vernieuwd)";
        page.Find("[data-testid=location-name] input, input[data-testid=location-name]").Change(name);

        page.Find("form").Submit();

        page.WaitForAssertion(() => Context.Services.GetRequiredService<BunitNavigationManager>().History.Should().NotBeEmpty(), Timeout);
        page.FindAll("[data-testid=location-error]").Should().BeEmpty();
        (await StoredAsync(location.Id)).Name.Should().Be(name);
    }

    private IRenderedComponent<MemberLocation> Render(int locationId)
    {
        var page = Context.Render<MemberLocation>(p => p.Add(c => c.LocationId, locationId));
        page.WaitForElement("form", Timeout);
        return page;
    }

    /// <summary>Signs in a member of demo-15 and returns an active location of it with everything the form requires.</summary>
    private async Task<Location> SignInAndPickLocationAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        var organisationId = await db.Organisations.Where(o => o.Key == "demo-15").Select(o => o.Id).SingleAsync();
        var email = $"lid-{Guid.NewGuid():N}@demo-15.example";
        var user = await _app.Factory.CreateUserAsync(email, Roles.Member, organisationId);
        _authorization.SetAuthorized(email);
        _authorization.SetRoles(Roles.Member);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));

        var location = await db.Locations.AsNoTracking()
            .Where(l => l.OrganisationId == organisationId && l.IsActive && l.City != null && l.Province != null)
            .Where(l => l.Premises == PremisesKind.Own || l.HostedAt != null)
            .OrderBy(l => l.Id).FirstAsync();
        return location;
    }

    private async Task ChangeAsStaffAsync(int locationId, Action<Location> change)
    {
        await using var db = _app.Factory.Database.CreateDbContext(new SystemActor("medewerker@nvzh.example"));
        var location = await db.Locations.SingleAsync(l => l.Id == locationId);
        change(location);
        await db.SaveChangesAsync();
    }

    private async Task<Location> StoredAsync(int locationId)
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.Locations.AsNoTracking().SingleAsync(l => l.Id == locationId);
    }
}
