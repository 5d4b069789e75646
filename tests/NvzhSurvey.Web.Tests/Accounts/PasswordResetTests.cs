using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class PasswordResetTests(AppFixture app)
{
    [Fact]
    public async Task A_user_resets_the_password_with_the_mailed_link_and_logs_in_with_the_new_one()
    {
        await app.Factory.CreateUserAsync("vergeten@nvzh.example", Roles.Staff);
        var client = app.Factory.CreateBrowserlessClient();

        var requested = await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "vergeten@nvzh.example" });
        (await requested.Content.ReadAsStringAsync()).Should().Contain("hebben we een e-mail gestuurd");

        var mail = StaticForms.LatestMailTo(app.Factory, "vergeten@nvzh.example");
        mail.Should().Contain("Subject: Nieuw wachtwoord instellen");
        var link = StaticForms.LinkIn(mail);
        link.Should().StartWith("/Account/ResetPassword?userId=");

        var reset = await StaticForms.PostAsync(client, link, "reset-password", new()
        {
            ["Input.Password"] = "Nieuw-wachtwoord-2025",
            ["Input.ConfirmPassword"] = "Nieuw-wachtwoord-2025",
        });
        (await reset.Content.ReadAsStringAsync()).Should().Contain("Je wachtwoord is gewijzigd");

        (await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), "vergeten@nvzh.example", SurveyAppFactory.Password))
            .StatusCode.Should().Be(HttpStatusCode.OK, "the old password no longer works");
        (await SurveyAppFactory.LoginAsync(app.Factory.CreateBrowserlessClient(), "vergeten@nvzh.example", "Nieuw-wachtwoord-2025"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_used_or_tampered_reset_link_is_refused()
    {
        await app.Factory.CreateUserAsync("tweemaal@nvzh.example", Roles.Board);
        var client = app.Factory.CreateBrowserlessClient();
        await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "tweemaal@nvzh.example" });
        var link = StaticForms.LinkIn(StaticForms.LatestMailTo(app.Factory, "tweemaal@nvzh.example"));
        var fields = new Dictionary<string, string> { ["Input.Password"] = "Eerste-nieuwe-2025", ["Input.ConfirmPassword"] = "Eerste-nieuwe-2025" };
        await StaticForms.PostAsync(client, link, "reset-password", fields);

        var again = await StaticForms.PostAsync(client, link, "reset-password", fields);
        var tampered = await StaticForms.PostAsync(client, link[..^4] + "AAAA", "reset-password", fields);

        (await again.Content.ReadAsStringAsync()).Should().Contain("De link is ongeldig of verlopen.");
        (await tampered.Content.ReadAsStringAsync()).Should().Contain("ongeldig");
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_gives_the_same_answer_and_sends_nothing()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await StaticForms.PostAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "onbekend@nvzh.example" });

        (await response.Content.ReadAsStringAsync()).Should().Contain("Als er een account met dit e-mailadres bestaat");
        var act = () => StaticForms.LatestMailTo(app.Factory, "onbekend@nvzh.example");
        act.Should().Throw<InvalidOperationException>();
    }
}
