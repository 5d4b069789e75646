using System.Net;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Authorization;

/// <summary>A member of organisation A (demo-01) must not see or reach anything of organisation B, also by guessing ids.</summary>
[Collection(AppCollection.Name)]
public class OtherOrganisationTests(AppFixture app)
{
    [Fact]
    public async Task Every_location_of_every_other_organisation_and_guessed_ids_are_not_found_for_a_member()
    {
        var member = await app.Factory.CreateSignedInClientAsync(AuthorizationMatrixTests.MemberEmail);
        await using var db = app.Factory.Database.CreateDbContext();
        var own = await db.Organisations.Where(o => o.Key == "demo-01").Select(o => o.Id).SingleAsync();
        var otherLocations = await db.Locations.Where(l => l.OrganisationId != own).Select(l => l.Id).ToListAsync();
        var maxId = await db.Locations.MaxAsync(l => l.Id);
        var guessed = Enumerable.Range(maxId + 1, 5).Concat([0, -1, int.MaxValue]);
        otherLocations.Should().HaveCountGreaterThan(50);

        var answers = new List<(int Id, HttpStatusCode Status)>();
        foreach (var id in otherLocations.Concat(guessed))
        {
            using var response = await member.GetAsync($"/mijn-organisatie/locaties/{id}");
            answers.Add((id, response.StatusCode));
        }

        answers.Where(a => a.Status != HttpStatusCode.NotFound).Should().BeEmpty();
    }

    [Fact]
    public async Task Another_organisations_invitation_page_is_denied_for_a_member()
    {
        var member = await app.Factory.CreateSignedInClientAsync(AuthorizationMatrixTests.MemberEmail);
        await using var db = app.Factory.Database.CreateDbContext();
        var ids = await db.Organisations.Select(o => o.Id).ToListAsync();

        foreach (var id in ids.Concat([ids.Max() + 1]))
        {
            using var response = await member.GetAsync($"/organisaties/{id}/uitnodigen");
            Access.Denied.Matches(response).Should().BeTrue($"organisation {id} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_portal_shows_only_the_members_own_organisation()
    {
        var member = await app.Factory.CreateSignedInClientAsync(AuthorizationMatrixTests.MemberEmail);
        await using var db = app.Factory.Database.CreateDbContext();
        var own = await db.Organisations.Include(o => o.Locations).SingleAsync(o => o.Key == "demo-01");
        var others = await db.Organisations.Include(o => o.Locations).Where(o => o.Key != "demo-01").ToListAsync();

        var portal = await member.GetStringAsync("/mijn-organisatie");
        var answers = await member.GetStringAsync("/mijn-organisatie/antwoorden/2024");

        portal.Should().Contain(own.Name);
        foreach (var location in own.Locations)
        {
            portal.Should().Contain(System.Net.WebUtility.HtmlEncode(location.Name));
        }

        foreach (var other in others)
        {
            portal.Should().NotContain(System.Net.WebUtility.HtmlEncode(other.Name));
            answers.Should().NotContain(System.Net.WebUtility.HtmlEncode(other.Name));
            foreach (var location in other.Locations.Where(l => !own.Locations.Any(o => o.Name == l.Name)))
            {
                portal.Should().NotContain(System.Net.WebUtility.HtmlEncode(location.Name));
            }
        }
    }

    [Fact]
    public async Task The_earlier_answers_page_never_shows_internal_notes()
    {
        await using (var db = app.Factory.Database.CreateDbContext())
        {
            var own = await db.Organisations.Where(o => o.Key == "demo-01").Select(o => o.Id).SingleAsync();
            await db.Responses.Where(r => r.OrganisationId == own && r.Edition!.Year == 2024)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.InternalNotes, "GEHEIME-NOTITIE-VAN-STAF"));
        }

        var member = await app.Factory.CreateSignedInClientAsync(AuthorizationMatrixTests.MemberEmail);
        var page = await member.GetStringAsync("/mijn-organisatie/antwoorden/2024");

        page.Should().Contain("Antwoorden 2024").And.NotContain("GEHEIME-NOTITIE-VAN-STAF");
    }

    [Fact]
    public async Task A_member_without_an_organisation_sees_a_message_and_no_data()
    {
        await app.Factory.CreateUserAsync("los-lid@nvzh.example", Roles.Member);
        var member = await app.Factory.CreateSignedInClientAsync("los-lid@nvzh.example");

        var portal = await member.GetStringAsync("/mijn-organisatie");
        var location = await member.GetAsync("/mijn-organisatie/locaties/nieuw");

        portal.Should().Contain("niet aan een organisatie gekoppeld");
        location.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
