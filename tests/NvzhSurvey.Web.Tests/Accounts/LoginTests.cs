using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class LoginTests(AppFixture app)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var response = await app.Factory.CreateBrowserlessClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task The_bootstrap_administrator_can_log_in_and_sees_the_dashboard()
    {
        var client = await app.Factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);

        var page = await client.GetStringAsync("/");

        page.Should().Contain("Overzicht").And.Contain("Editie 2025");
    }

    [Fact]
    public async Task A_wrong_password_gives_a_Dutch_message_and_no_cookie()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await SurveyAppFactory.LoginAsync(client, SurveyAppFactory.AdminEmail, "fout-wachtwoord");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("E-mailadres of wachtwoord is onjuist.");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Logging_in_five_times_with_a_wrong_password_locks_the_account()
    {
        await app.Factory.CreateUserAsync("lockout@nvzh.example", Roles.Staff);
        var client = app.Factory.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await SurveyAppFactory.LoginAsync(client, "lockout@nvzh.example", "fout-wachtwoord");
        }

        var response = await SurveyAppFactory.LoginAsync(client, "lockout@nvzh.example", SurveyAppFactory.Password);

        (await response.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd");
    }
}
