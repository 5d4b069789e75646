using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Accounts.Admin;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class UserAdministrationTests(AppFixture app)
{
    [Fact]
    public async Task Making_a_user_a_member_links_the_organisation_and_replaces_the_old_role()
    {
        var user = await app.Factory.CreateUserAsync("wordt-lid@nvzh.example", Roles.Board);
        var organisationId = await OrganisationIdAsync("demo-03");

        var error = await RunAsync(admin => admin.ChangeRoleAsync(user.Id, Roles.Member, organisationId, "someone-else"));

        error.Should().BeNull();
        var rows = await RunAsync(admin => admin.ListAsync());
        var row = rows.Single(r => r.Id == user.Id);
        row.Role.Should().Be(Roles.Member);
        row.OrganisationId.Should().Be(organisationId);
    }

    [Fact]
    public async Task A_member_role_without_an_organisation_is_refused()
    {
        var user = await app.Factory.CreateUserAsync("zonder-org@nvzh.example", Roles.Staff);

        var error = await RunAsync(admin => admin.ChangeRoleAsync(user.Id, Roles.Member, null, "someone-else"));

        error.Should().Be("Een lid moet aan een organisatie gekoppeld zijn.");
    }

    [Fact]
    public async Task Leaving_the_member_role_unlinks_the_organisation()
    {
        var user = await app.Factory.CreateUserAsync("was-lid@nvzh.example", Roles.Member, await OrganisationIdAsync("demo-04"));

        (await RunAsync(admin => admin.ChangeRoleAsync(user.Id, Roles.Staff, null, "someone-else"))).Should().BeNull();

        await using var db = app.Factory.Database.CreateDbContext();
        (await db.Users.SingleAsync(u => u.Id == user.Id)).OrganisationId.Should().BeNull();
    }

    [Fact]
    public async Task An_administrator_cannot_disable_or_demote_themselves()
    {
        var admin = await app.Factory.CreateUserAsync("zelf@nvzh.example", Roles.Administrator);

        (await RunAsync(a => a.SetDisabledAsync(admin.Id, true, admin.Id))).Should().Be("Je kunt je eigen account niet uitschakelen.");
        (await RunAsync(a => a.ChangeRoleAsync(admin.Id, Roles.Staff, null, admin.Id))).Should().Be("Je kunt je eigen beheerdersrol niet afnemen.");
    }

    [Fact]
    public async Task A_disabled_user_cannot_log_in_and_the_security_stamp_changes()
    {
        var user = await app.Factory.CreateUserAsync("uit@nvzh.example", Roles.Staff);
        var stampBefore = user.SecurityStamp;

        (await RunAsync(a => a.SetDisabledAsync(user.Id, true, "someone-else"))).Should().BeNull();

        var login = await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), "uit@nvzh.example", SurveyAppFactory.Password);
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).Should().Contain("Dit account is uitgeschakeld.");
        var wrongPassword = await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), "uit@nvzh.example", "fout-wachtwoord");
        (await wrongPassword.Content.ReadAsStringAsync()).Should().Contain("E-mailadres of wachtwoord is onjuist.")
            .And.NotContain("uitgeschakeld", "a stranger must not learn that the account exists");
        using var scope = app.Factory.Services.CreateScope();
        var reloaded = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id);
        reloaded!.SecurityStamp.Should().NotBe(stampBefore);
    }

    [Fact]
    public async Task An_administrator_sends_a_reset_link_by_mail()
    {
        var user = await app.Factory.CreateUserAsync("reset-door-beheer@nvzh.example", Roles.Board);

        var admin = await app.Factory.CreateUserAsync("stuurt-reset@nvzh.example", Roles.Administrator);

        (await RunAsync(a => a.SendResetLinkAsync(user.Id, admin.Id))).Should().BeNull();

        var mail = StaticForms.LatestMailTo(app.Factory, "reset-door-beheer@nvzh.example");
        mail.Should().Contain(app.Factory.LinkBaseUrl + "/Account/ResetPassword?userId=");
        await using var db = app.Factory.Database.CreateDbContext();
        (await db.SecurityLog.SingleAsync(e => e.SubjectUserId == user.Id)).Should().Match<NvzhSurvey.Core.Security.SecurityLogEntry>(e =>
            e.Kind == NvzhSurvey.Core.Security.SecurityEvent.PasswordResetRequested && e.ActorUserId == admin.Id);
    }

    [Fact]
    public async Task Role_changes_disabling_and_enabling_are_in_the_security_log_with_the_administrator_and_the_user()
    {
        var admin = await app.Factory.CreateUserAsync("logt@nvzh.example", Roles.Administrator);
        var user = await app.Factory.CreateUserAsync("gelogd@nvzh.example", Roles.Board);

        (await RunAsync(a => a.ChangeRoleAsync(user.Id, Roles.Staff, null, admin.Id))).Should().BeNull();
        (await RunAsync(a => a.SetDisabledAsync(user.Id, true, admin.Id))).Should().BeNull();
        (await RunAsync(a => a.SetDisabledAsync(user.Id, false, admin.Id))).Should().BeNull();

        using var scope = app.Factory.Services.CreateScope();
        var lines = await scope.ServiceProvider.GetRequiredService<NvzhSurvey.Core.Security.SecurityLog>()
            .SearchAsync(new NvzhSurvey.Core.Security.SecurityLogFilter(UserId: user.Id));
        lines.Select(l => (l.Kind, l.Actor, l.Subject, l.Description)).Should().Equal(
            (NvzhSurvey.Core.Security.SecurityEvent.AccountEnabled, "logt@nvzh.example", "gelogd@nvzh.example", "Account gelogd@nvzh.example weer ingeschakeld"),
            (NvzhSurvey.Core.Security.SecurityEvent.AccountDisabled, "logt@nvzh.example", "gelogd@nvzh.example", "Account gelogd@nvzh.example uitgeschakeld"),
            (NvzhSurvey.Core.Security.SecurityEvent.RoleChanged, "logt@nvzh.example", "gelogd@nvzh.example", "Rol Bestuur → Medewerker"));
    }

    [Fact]
    public void Open_circuits_revalidate_the_user_with_the_app_s_provider()
    {
        using var scope = app.Factory.Services.CreateScope();

        var provider = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();

        provider.GetType().Name.Should().Be("RevalidatingAuthenticationStateProvider");
    }

    private async Task<T> RunAsync<T>(Func<UserAdministration, Task<T>> operation)
    {
        using var scope = app.Factory.Services.CreateScope();
        return await operation(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task<int> OrganisationIdAsync(string key)
    {
        await using var db = app.Factory.Database.CreateDbContext();
        return await db.Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }
}
