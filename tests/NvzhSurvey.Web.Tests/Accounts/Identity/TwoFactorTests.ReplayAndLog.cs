using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts.Identity;

/// <summary>Single-use authenticator codes (ASVS 2.8.4) and the security log of 2FA changes.</summary>
public partial class TwoFactorTests
{
    [Fact]
    public async Task An_authenticator_code_signs_in_once_and_a_replayed_or_older_code_is_refused()
    {
        var email = await NewUserAsync(Roles.Staff);
        var (key, _) = await EnableAsync(email);
        var code = Totp.Next(key, 1);

        var first = app.Factory.CreateBrowserlessClient();
        await SurveyAppFactory.LoginAsync(first, email, SurveyAppFactory.Password);
        (await StaticForms.PostAsync(first, "/Account/LoginWith2fa", "login-2fa", new() { ["Input.Code"] = code }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await first.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var second = app.Factory.CreateBrowserlessClient();
        await SurveyAppFactory.LoginAsync(second, email, SurveyAppFactory.Password);
        var replayed = await StaticForms.PostAsync(second, "/Account/LoginWith2fa", "login-2fa", new() { ["Input.Code"] = code });
        (await replayed.Content.ReadAsStringAsync()).Should().Contain("De code is onjuist.");
        var older = await StaticForms.PostAsync(second, "/Account/LoginWith2fa", "login-2fa", new() { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)) });
        (await older.Content.ReadAsStringAsync()).Should().Contain("De code is onjuist.", "an older code of the app is refused too");
        (await second.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var fresh = await StaticForms.PostAsync(second, "/Account/LoginWith2fa", "login-2fa", new() { ["Input.Code"] = Totp.Next(key, 2) });
        fresh.StatusCode.Should().Be(HttpStatusCode.Redirect, "the next code of the app still works");
        (await second.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Switching_two_factor_on_new_recovery_codes_a_used_recovery_code_and_switching_off_are_in_the_security_log()
    {
        var email = await NewUserAsync(Roles.Member, await DemoOrganisationAsync());
        await RenameAsync(email, "Mees Lidmaat");
        var (key, codes) = await EnableAsync(email);
        var client = await SignInWithCodeAsync(email, key);
        var regenerated = await (await StaticForms.PostAsync(client, "/Account/TwoFactor", "regenerate-codes", new() { ["Regenerate.Code"] = "" })).Content.ReadAsStringAsync();
        regenerated.Should().Contain("Er zijn nieuwe herstelcodes gemaakt");
        var newCode = RecoveryCode().Match(regenerated).Groups[1].Value;
        var viaCode = app.Factory.CreateBrowserlessClient();
        await SurveyAppFactory.LoginAsync(viaCode, email, SurveyAppFactory.Password);
        (await StaticForms.PostAsync(viaCode, "/Account/LoginWithRecoveryCode", "login-recovery-code", new() { ["Input.Code"] = newCode })).StatusCode
            .Should().Be(HttpStatusCode.Redirect);
        (await (await StaticForms.PostAsync(client, "/Account/TwoFactor", "disable-2fa", new() { ["Disable.Code"] = Totp.Next(key, 2) })).Content.ReadAsStringAsync())
            .Should().Contain("Tweestapsverificatie staat uit.");

        var lines = await LogOfAsync(email);

        lines.Select(l => l.Kind).Should().Equal(
            SecurityEvent.TwoFactorEnabled, SecurityEvent.RecoveryCodesGenerated, SecurityEvent.RecoveryCodeUsed, SecurityEvent.TwoFactorDisabled);
        lines.Should().OnlyContain(l => l.Actor == "Mees Lidmaat" && l.Subject == "Mees Lidmaat", "the user acted on their own account, shown by name");
        lines.Should().OnlyContain(l => l.At > DateTimeOffset.UtcNow.AddMinutes(-5) && l.At <= DateTimeOffset.UtcNow);
        lines[2].Description.Should().Be("Ingelogd met een herstelcode; nog 9 over");
        codes.Should().NotContain(newCode);
    }

    [Fact]
    public async Task An_administrator_resets_a_staff_members_two_factor_sign_in_which_ends_their_sessions_and_is_logged()
    {
        var staff = await NewUserAsync(Roles.Staff);
        await RenameAsync(staff, "Sam Medewerker");
        var (key, codes) = await EnableAsync(staff);
        var staffClient = await SignInWithCodeAsync(staff, key);
        var admin = await NewUserAsync(Roles.Administrator);
        await RenameAsync(admin, "Bea Beheerder");
        var other = await NewUserAsync(Roles.Staff);
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var administration = scope.ServiceProvider.GetRequiredService<NvzhSurvey.Web.Features.Accounts.Admin.UserAdministration>();
        var staffId = (await users.FindByEmailAsync(staff))!.Id;
        var adminId = (await users.FindByEmailAsync(admin))!.Id;

        (await administration.ResetTwoFactorAsync(staffId, (await users.FindByEmailAsync(other))!.Id))
            .Should().Be("Alleen een beheerder kan tweestapsverificatie resetten.", "the service checks the acting user, not the page");
        (await users.FindByIdAsync(staffId))!.TwoFactorEnabled.Should().BeTrue();

        (await administration.ResetTwoFactorAsync(staffId, adminId)).Should().BeNull();

        (await staffClient.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the reset ends every session of the account");
        var login = await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), staff, SurveyAppFactory.Password);
        login.Headers.Location!.ToString().Should().NotContain("LoginWith2fa", "the password alone signs in until the app is set up again");
        (await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByIdAsync(staffId))!, codes[0])).Succeeded.Should().BeFalse("the old recovery codes are gone");
        (await administration.ResetTwoFactorAsync(staffId, adminId)).Should().Be("Tweestapsverificatie staat voor deze gebruiker al uit.");
        (await administration.ResetTwoFactorAsync(adminId, adminId)).Should().StartWith("U kunt uw eigen tweestapsverificatie hier niet resetten");

        var line = (await LogOfAsync(staff))[^1];
        line.Kind.Should().Be(SecurityEvent.TwoFactorReset);
        line.Actor.Should().Be("Bea Beheerder");
        line.Subject.Should().Be("Sam Medewerker");
        line.Description.Should().StartWith("Tweestapsverificatie van Sam Medewerker uitgezet");
    }

    private async Task<IReadOnlyList<SecurityLogLine>> LogOfAsync(string email)
    {
        using var scope = app.Factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return (await scope.ServiceProvider.GetRequiredService<SecurityLog>().SearchAsync(new SecurityLogFilter(UserId: user!.Id))).Reverse().ToList();
    }

    private async Task RenameAsync(string email, string displayName)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.DisplayName = displayName;
        (await users.UpdateAsync(user)).Succeeded.Should().BeTrue();
    }
}
