using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Auditing;
using NvzhSurvey.Core.MemberPortal;
using NvzhSurvey.Web.Features.MemberPortal;

namespace NvzhSurvey.Web.Tests.MemberPortal;

/// <summary>The published editions on the member portal: the demo's published 2024 with report page and PDF, not the open 2025.</summary>
[Collection(AppCollection.Name)]
public class MemberPublicationsTests : ComponentTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly AppFixture _app;
    private readonly BunitAuthorizationContext _authorization;

    public MemberPublicationsTests(AppFixture app)
    {
        _app = app;
        Context.Services.AddSingleton(_app.Factory.Database.CreateFactory(new SystemActor("lid@demo-15.example")));
        Context.Services.AddScoped<NvzhSurvey.Web.Features.Accounts.ActorResolver>();
        Context.Services.AddScoped<MemberPublications>();
        _authorization = Context.AddAuthorization();
    }

    [Fact]
    public async Task A_member_sees_the_published_2024_with_its_report_page_and_pdf_and_not_the_open_2025()
    {
        await SignInAsMemberAsync();

        var card = Context.Render<MemberPublicationsCard>();

        card.WaitForAssertion(() => card.FindAll("[data-testid=member-publications] li").Should().ContainSingle()
            .Which.TextContent.Should().Contain("Ledenonderzoek 2024"), Timeout);
        card.FindAll("[data-testid=member-publications] a").Select(a => a.GetAttribute("href"))
            .Should().Equal("/mijn-organisatie/publicaties/2024", "/mijn-organisatie/publicaties/2024/publicatie.pdf");
    }

    [Fact]
    public async Task Only_a_linked_member_reads_publications_and_only_published_years()
    {
        var publications = new MemberPublications(_app.Factory.Database.CreateFactory());
        var member = Actor.Member("m", "Lid", await OrganisationIdAsync());

        (await publications.MayReadAsync(member, 2024)).Should().BeTrue();
        (await publications.MayReadAsync(member, 2025)).Should().BeFalse("2025 is open");
        (await publications.MayReadAsync(Actor.Reader("b", "Bestuur"), 2024)).Should().BeFalse();
        (await publications.ListAsync(Actor.Reader(null, "anoniem"))).Should().BeEmpty();
    }

    private async Task<int> OrganisationIdAsync()
    {
        await using var db = _app.Factory.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == "demo-15").Select(o => o.Id).SingleAsync();
    }

    private async Task SignInAsMemberAsync()
    {
        var email = $"lid-{Guid.NewGuid():N}@demo-15.example";
        var user = await _app.Factory.CreateUserAsync(email, Roles.Member, await OrganisationIdAsync());
        _authorization.SetAuthorized(email);
        _authorization.SetRoles(Roles.Member);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }
}
