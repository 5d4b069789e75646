using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts.Identity;

public class LoginTimingAndLifetimeTests(ClockAndHasherFixture fixture) : IClassFixture<ClockAndHasherFixture>
{
    [Fact]
    public async Task A_login_with_an_unknown_address_checks_a_password_hash_like_a_known_one()
    {
        await fixture.Factory.CreateUserAsync("bekend@nvzh.example", Roles.Staff);
        var client = fixture.Factory.CreateBrowserlessClient();

        var before = fixture.Checks.Count;
        await SurveyAppFactory.LoginAsync(client, "bekend@nvzh.example", "fout-wachtwoord-1");
        var known = fixture.Checks.Count - before;
        before = fixture.Checks.Count;
        var response = await SurveyAppFactory.LoginAsync(client, "onbekend@nvzh.example", "fout-wachtwoord-1");
        var unknown = fixture.Checks.Count - before;

        known.Should().Be(1);
        unknown.Should().Be(known, "the unknown address must cost the same hash, so the timing tells nothing");
        (await response.Content.ReadAsStringAsync()).Should().Contain("E-mailadres of wachtwoord is onjuist.");
    }

    [Fact]
    public async Task A_session_ends_12_hours_after_its_login_however_active_the_user_is()
    {
        await fixture.Factory.CreateUserAsync("actief@nvzh.example", Roles.Staff);
        var client = await fixture.Factory.CreateSignedInClientAsync("actief@nvzh.example");

        // A request every hour keeps the sliding expiration (10 hours) renewed.
        for (var hour = 1; hour <= 11; hour++)
        {
            fixture.Clock.Advance(TimeSpan.FromHours(1));
            (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK, $"the session is {hour} h old");
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(61));

        (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await client.GetAsync("/Account/TwoFactor");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }
}
