using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Security;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class PasswordResetLogTests(AppFixture app)
{
    [Fact]
    public async Task A_requested_and_a_completed_password_reset_are_in_the_security_log_with_actor_and_time()
    {
        var email = $"reset-log-{Guid.NewGuid():N}@nvzh.example";
        var user = await app.Factory.CreateUserAsync(email, Roles.Board);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.DisplayName = "Rika Reset";
            (await users.UpdateAsync(stored)).Succeeded.Should().BeTrue();
        }

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var client = app.Factory.CreateBrowserlessClient();
        await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = email });
        var link = StaticForms.LinkIn(StaticForms.LatestMailTo(app.Factory, email));
        (await (await StaticForms.PostAsync(client, link, "reset-password", new()
        {
            ["Input.Password"] = "Nieuw-wachtwoord-2025",
            ["Input.ConfirmPassword"] = "Nieuw-wachtwoord-2025",
        })).Content.ReadAsStringAsync()).Should().Contain("Je wachtwoord is gewijzigd");

        List<SecurityLogLine> lines;
        using (var scope = app.Factory.Services.CreateScope())
        {
            lines = (await scope.ServiceProvider.GetRequiredService<SecurityLog>().SearchAsync(new SecurityLogFilter(UserId: user.Id))).Reverse().ToList();
        }

        lines.Select(l => (l.Kind, l.Actor, l.Subject)).Should().Equal(
            (SecurityEvent.PasswordResetRequested, "aangevraagd via ‘Wachtwoord vergeten’", "Rika Reset"),
            (SecurityEvent.PasswordResetCompleted, "Rika Reset", "Rika Reset"));
        lines.Should().OnlyContain(l => l.At >= before && l.At <= DateTimeOffset.UtcNow);
        lines[1].Description.Should().Be("Nieuw wachtwoord ingesteld met een resetlink");
    }
}
