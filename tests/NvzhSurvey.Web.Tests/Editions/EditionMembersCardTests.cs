using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Web.Features.Editions;

namespace NvzhSurvey.Web.Tests.Editions;

/// <summary>The member list on the edition page against the app's database; the test's own organisation, removed afterwards.</summary>
[Collection(AppCollection.Name)]
public class EditionMembersCardTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;

    public EditionMembersCardTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("medewerker@nvzh.example")));
        Context.Services.AddScoped<NvzhSurvey.Web.Features.Accounts.ActorResolver>();
        Context.Services.AddScoped<EditionMemberList>();
        Context.Services.AddScoped<EditionMembershipService>();
        var authorization = Context.AddAuthorization();
        authorization.SetAuthorized("Mila Medewerker");
        authorization.SetRoles(Roles.Staff);
        authorization.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "staff-1"));
    }

    [Fact]
    public async Task Staff_add_an_organisation_to_the_open_edition_and_remove_it_again_each_after_confirming()
    {
        var organisation = new Organisation { Key = "lidtest-toevoegen", Name = "Stichting Toevoegtest", MemberUntil = new DateOnly(2020, 12, 31) };
        await using (var db = _app.Factory.Database.CreateDbContext())
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        try
        {
            var provider = Context.Render<MudDialogProvider>();
            var card = Context.Render<EditionMembersCard>(p => p.Add(c => c.Year, 2025));
            card.WaitForElement("[data-testid=edition-members-table]", Timeout);
            card.Markup.Should().NotContain("Stichting Toevoegtest</td>");

            var select = card.FindComponent<MudSelect<int?>>();
            await card.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(organisation.Id));
            card.Find("[data-testid=member-add]").Click();
            await ConfirmAsync(provider, "Toevoegen");

            card.WaitForAssertion(() => card.FindAll("[data-testid=edition-members-table] tr")
                .Should().Contain(r => r.TextContent.Contains("Stichting Toevoegtest") && r.TextContent.Contains("toegevoegd")), Timeout);
            (await KindsAsync(organisation.Id)).Should().Equal(EditionMemberKind.Added);

            card.Find("button[aria-label='Stichting Toevoegtest uit editie 2025 halen']").Click();
            await ConfirmAsync(provider, "Verwijderen");

            card.WaitForAssertion(() => card.FindAll("[data-testid=edition-members-table] tr")
                .Should().NotContain(r => r.TextContent.Contains("Stichting Toevoegtest")), Timeout);
            (await KindsAsync(organisation.Id)).Should().Equal(EditionMemberKind.Removed);
        }
        finally
        {
            await using var db = _app.Factory.Database.CreateDbContext();
            await db.EditionMembers.Where(m => m.OrganisationId == organisation.Id).ExecuteDeleteAsync();
            await db.Organisations.Where(o => o.Id == organisation.Id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public void The_published_edition_shows_its_fixed_list_without_add_or_remove()
    {
        var card = Context.Render<EditionMembersCard>(p => p.Add(c => c.Year, 2024));

        card.WaitForAssertion(() => card.Find("[data-testid=edition-members-summary]").TextContent
            .Should().Contain("49 ZHO's met 206 locaties").And.Contain("ligt vast"), Timeout);
        card.FindAll("[data-testid=member-add]").Should().BeEmpty();
        card.FindAll("button[aria-label$='uit editie 2024 halen']").Should().BeEmpty();
    }

    private static async Task ConfirmAsync(IRenderedComponent<MudDialogProvider> provider, string yes)
    {
        provider.WaitForAssertion(() => provider.FindAll("button").Should().Contain(b => b.TextContent.Trim() == yes), Timeout);
        await provider.InvokeAsync(() => provider.FindAll("button").Single(b => b.TextContent.Trim() == yes).Click());
    }

    private async Task<List<EditionMemberKind>> KindsAsync(int organisationId)
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.EditionMembers.Where(m => m.OrganisationId == organisationId).Select(m => m.Kind).ToListAsync();
    }
}
