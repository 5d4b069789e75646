using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Accounts.Invitations;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>Invitations for every role (administrators), resending and revoking, and their lines in the security log.</summary>
[Collection(AppCollection.Name)]
public class InvitationLifecycleTests(AppFixture app)
{
    private static readonly Dictionary<string, string> NewPassword = new()
    {
        ["Input.DisplayName"] = "Nieuw Bestuurslid",
        ["Input.Password"] = "Uitnodiging-2025",
        ["Input.ConfirmPassword"] = "Uitnodiging-2025",
    };

    [Fact]
    public async Task An_administrator_invites_a_board_member_who_gets_the_Bestuur_role_and_no_organisation()
    {
        var created = await CreateAsync("bestuur-nieuw@nvzh.example", Roles.Board, null, TestPrincipals.Administrator);
        var mail = StaticForms.LatestMailTo(app.Factory, "bestuur-nieuw@nvzh.example");
        mail.Should().Contain("als bestuurslid").And.Contain(app.Factory.LinkBaseUrl + "/Account/Invitation?token=");

        var response = await StaticForms.PostAsync(app.Factory.CreateBrowserlessClient(), StaticForms.LinkIn(mail), "accept-invitation", NewPassword);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = app.Factory.Database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "bestuur-nieuw@nvzh.example");
        user.OrganisationId.Should().BeNull();
        var roleIds = db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId);
        (await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name).ToListAsync()).Should().Equal(Roles.Board);
        var lines = await db.SecurityLog.Where(e => e.SubjectName == "bestuur-nieuw@nvzh.example" || e.SubjectUserId == user.Id).ToListAsync();
        lines.Should().Contain(e => e.Kind == SecurityEvent.InvitationSent && e.ActorName == "beheerder-test@nvzh.example" && e.Description.Contains("Bestuur"));
        lines.Should().Contain(e => e.Kind == SecurityEvent.InvitationAccepted && e.ActorUserId == user.Id);
        created.Invitation.Role.Should().Be(Roles.Board);
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Administrator)]
    public async Task Staff_can_only_invite_member_contacts(string role)
    {
        using var scope = app.Factory.Services.CreateScope();

        var (created, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>()
            .CreateAsync($"niet-{role.ToLowerInvariant()}@nvzh.example", role, null, TestPrincipals.Staff);

        created.Should().BeNull();
        error.Should().Be("Alleen een beheerder kan medewerkers, bestuursleden en beheerders uitnodigen.");
    }

    [Fact]
    public async Task A_revoked_invitation_no_longer_works_and_the_revocation_is_logged()
    {
        var created = await CreateAsync("ingetrokken@demo-15.example", Roles.Member, await OrganisationIdAsync("demo-15"), TestPrincipals.Staff);
        using (var scope = app.Factory.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<InvitationService>().RevokeAsync(created.Invitation.Id, TestPrincipals.Staff)).Should().BeNull();
            (await scope.ServiceProvider.GetRequiredService<InvitationService>().ListOpenAsync()).Should().NotContain(i => i.Id == created.Invitation.Id);
        }

        var url = "/" + InvitationService.RelativeLink(created.Token);
        var page = await app.Factory.CreateBrowserlessClient().GetStringAsync(url);
        var posted = await StaticForms.PostAsync(app.Factory.CreateBrowserlessClient(), url, "accept-invitation", NewPassword);

        page.Should().Contain("Deze uitnodiging is ingetrokken.");
        (await posted.Content.ReadAsStringAsync()).Should().Contain("Deze uitnodiging is ingetrokken.");
        await using var db = app.Factory.Database.CreateDbContext();
        (await db.Users.AnyAsync(u => u.Email == "ingetrokken@demo-15.example")).Should().BeFalse();
        (await db.SecurityLog.AnyAsync(e => e.Kind == SecurityEvent.InvitationRevoked && e.SubjectName == "ingetrokken@demo-15.example")).Should().BeTrue();
    }

    [Fact]
    public async Task Resending_mails_a_new_link_valid_for_fourteen_days_and_the_old_link_stops_working()
    {
        var created = await CreateAsync("opnieuw@demo-16.example", Roles.Member, await OrganisationIdAsync("demo-16"), TestPrincipals.Staff);
        await using (var db = app.Factory.Database.CreateDbContext())
        {
            await db.Invitations.Where(i => i.Id == created.Invitation.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        InvitationService.Created resent;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var (again, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>().ResendAsync(created.Invitation.Id, TestPrincipals.Staff);
            error.Should().BeNull();
            resent = again!;
        }

        var oldPage = await app.Factory.CreateBrowserlessClient().GetStringAsync("/" + InvitationService.RelativeLink(created.Token));
        oldPage.Should().Contain("Deze uitnodigingslink is ongeldig");
        var mail = StaticForms.LatestMailTo(app.Factory, "opnieuw@demo-16.example");
        StaticForms.LinkIn(mail).Should().Be("/" + InvitationService.RelativeLink(resent.Token));
        var response = await StaticForms.PostAsync(app.Factory.CreateBrowserlessClient(), StaticForms.LinkIn(mail), "accept-invitation", NewPassword);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var check = app.Factory.Database.CreateDbContext();
        var stored = await check.Invitations.SingleAsync(i => i.Id == created.Invitation.Id);
        stored.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(14), TimeSpan.FromMinutes(5));
        stored.UsedAt.Should().NotBeNull();
        (await check.SecurityLog.AnyAsync(e => e.Kind == SecurityEvent.InvitationResent && e.SubjectName == "opnieuw@demo-16.example")).Should().BeTrue();
    }

    [Fact]
    public async Task Staff_cannot_revoke_or_resend_an_invitation_for_another_role()
    {
        var created = await CreateAsync("medewerker-nieuw@nvzh.example", Roles.Staff, null, TestPrincipals.Administrator);
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<InvitationService>();

        (await service.RevokeAsync(created.Invitation.Id, TestPrincipals.Staff)).Should().Be("Deze uitnodiging bestaat niet (meer).");
        (await service.ResendAsync(created.Invitation.Id, TestPrincipals.Staff)).Created.Should().BeNull();
        (await service.RevokeAsync(created.Invitation.Id, TestPrincipals.Administrator)).Should().BeNull();
    }

    private async Task<InvitationService.Created> CreateAsync(string email, string role, int? organisationId, System.Security.Claims.ClaimsPrincipal inviter)
    {
        using var scope = app.Factory.Services.CreateScope();
        var (created, error) = await scope.ServiceProvider.GetRequiredService<InvitationService>().CreateAsync(email, role, organisationId, inviter);
        error.Should().BeNull();
        return created!;
    }

    private async Task<int> OrganisationIdAsync(string key)
    {
        await using var db = app.Factory.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }
}
