using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Accounts.Invitations;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class InvitationTests(AppFixture app)
{
    private static readonly Dictionary<string, string> NewPassword = new()
    {
        ["Input.DisplayName"] = "Nieuwe contactpersoon",
        ["Input.Password"] = "Uitnodiging-2025",
        ["Input.ConfirmPassword"] = "Uitnodiging-2025",
    };

    [Fact]
    public async Task An_invitee_sets_a_password_and_becomes_a_member_of_the_organisation()
    {
        var organisationId = await OrganisationIdAsync("demo-05");
        var token = await InviteAsync(organisationId, "nieuw-lid@demo-05.example");
        var client = app.Factory.CreateBrowserlessClient();
        var url = "/" + InvitationService.RelativeLink(token);

        (await client.GetStringAsync(url)).Should().Contain("nieuw-lid@demo-05.example");
        var response = await StaticForms.PostAsync(client, url, "accept-invitation", NewPassword);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().EndWith("/mijn-organisatie");
        await using var db = app.Factory.Database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "nieuw-lid@demo-05.example");
        user.OrganisationId.Should().Be(organisationId);
        var roleIds = db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId);
        (await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name).ToListAsync()).Should().Equal(Roles.Member);
        var invitation = await db.Invitations.SingleAsync(i => i.Email == "nieuw-lid@demo-05.example");
        invitation.UsedAt.Should().NotBeNull();
        invitation.UsedByUserId.Should().Be(user.Id);
        (await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), "nieuw-lid@demo-05.example", "Uitnodiging-2025"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_invitation_can_be_used_only_once()
    {
        var token = await InviteAsync(await OrganisationIdAsync("demo-06"), "eenmalig@demo-06.example");
        var url = "/" + InvitationService.RelativeLink(token);
        await StaticForms.PostAsync(app.Factory.CreateBrowserlessClient(), url, "accept-invitation", NewPassword);

        var second = await app.Factory.CreateBrowserlessClient().GetStringAsync(url);

        second.Should().Contain("Deze uitnodiging is al gebruikt.").And.NotContain("Account aanmaken</button>");
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        var token = await InviteAsync(await OrganisationIdAsync("demo-07"), "verlopen@demo-07.example");
        await using (var db = app.Factory.Database.CreateDbContext())
        {
            await db.Invitations.Where(i => i.Email == "verlopen@demo-07.example")
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var url = "/" + InvitationService.RelativeLink(token);
        var page = await app.Factory.CreateBrowserlessClient().GetStringAsync(url);

        page.Should().Contain("Deze uitnodiging is verlopen");
        await using var check = app.Factory.Database.CreateDbContext();
        (await check.Users.AnyAsync(u => u.Email == "verlopen@demo-07.example")).Should().BeFalse();
    }

    [Fact]
    public async Task An_invitation_is_valid_for_fourteen_days()
    {
        await InviteAsync(await OrganisationIdAsync("demo-08"), "veertien@demo-08.example");

        await using var db = app.Factory.Database.CreateDbContext();
        var invitation = await db.Invitations.SingleAsync(i => i.Email == "veertien@demo-08.example");
        (invitation.ExpiresAt - invitation.CreatedAt).Should().Be(TimeSpan.FromDays(14));
        invitation.TokenHash.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("inv_bestaatniet")]
    [InlineData("")]
    public async Task A_wrong_token_gives_a_clear_message(string token)
    {
        var client = app.Factory.CreateBrowserlessClient();

        var page = await client.GetStringAsync("/Account/Invitation?token=" + token);
        var posted = await StaticForms.PostAsync(client, "/Account/Invitation?token=" + token, "accept-invitation", NewPassword);

        page.Should().Contain("Deze uitnodigingslink is ongeldig");
        (await posted.Content.ReadAsStringAsync()).Should().Contain("Deze uitnodigingslink is ongeldig");
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_cannot_accept_an_invitation()
    {
        var token = await InviteAsync(await OrganisationIdAsync("demo-09"), "bestaand@demo-09.example");
        await app.Factory.CreateUserAsync("bestaand@demo-09.example", Roles.Member, await OrganisationIdAsync("demo-10"));
        var url = "/" + InvitationService.RelativeLink(token);

        var response = await StaticForms.PostAsync(app.Factory.CreateBrowserlessClient(), url, "accept-invitation", NewPassword);

        (await response.Content.ReadAsStringAsync()).Should().Contain("Er bestaat al een account met dit e-mailadres.");
        await using var db = app.Factory.Database.CreateDbContext();
        (await db.Users.SingleAsync(u => u.Email == "bestaand@demo-09.example")).OrganisationId.Should().Be(await OrganisationIdAsync("demo-10"));
    }

    [Fact]
    public async Task Staff_cannot_invite_an_address_that_already_has_an_account()
    {
        await app.Factory.CreateUserAsync("al-gekoppeld@demo-11.example", Roles.Member, await OrganisationIdAsync("demo-11"));
        using var scope = app.Factory.Services.CreateScope();

        var (created, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>()
            .CreateAsync("al-gekoppeld@demo-11.example", Roles.Member, await OrganisationIdAsync("demo-12"), TestPrincipals.Staff);

        created.Should().BeNull();
        error.Should().Contain("Er bestaat al een account met dit e-mailadres");
    }

    [Theory]
    [InlineData("geen-adres")]
    [InlineData("a@b.example\r\nBcc: x@y.example")]
    [InlineData("Naam <naam@demo.example>")]
    public async Task Staff_cannot_invite_an_invalid_address(string email)
    {
        using var scope = app.Factory.Services.CreateScope();

        var (created, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>()
            .CreateAsync(email, Roles.Member, await OrganisationIdAsync("demo-13"), TestPrincipals.Staff);

        created.Should().BeNull();
        error.Should().Be("Vul een geldig e-mailadres in.");
    }

    private async Task<string> InviteAsync(int organisationId, string email)
    {
        using var scope = app.Factory.Services.CreateScope();
        var (created, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>().CreateAsync(email, Roles.Member, organisationId, TestPrincipals.Staff);
        error.Should().BeNull();
        return created!.Token;
    }

    private async Task<int> OrganisationIdAsync(string key)
    {
        await using var db = app.Factory.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }
}
