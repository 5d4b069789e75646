using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts.Identity;

[Collection(AppCollection.Name)]
public partial class SessionTests(AppFixture app)
{
    [Fact]
    public async Task Failed_logins_of_a_disabled_account_count_towards_lockout()
    {
        var user = await app.Factory.CreateUserAsync("uit-en-geblokkeerd@nvzh.example", Roles.Staff);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var row = await users.FindByIdAsync(user.Id);
            row!.IsDisabled = true;
            (await users.UpdateAsync(row)).Succeeded.Should().BeTrue();
        }

        var client = app.Factory.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await SurveyAppFactory.LoginAsync(client, "uit-en-geblokkeerd@nvzh.example", "fout-wachtwoord-1");
        }

        var response = await SurveyAppFactory.LoginAsync(client, "uit-en-geblokkeerd@nvzh.example", SurveyAppFactory.Password);

        (await response.Content.ReadAsStringAsync()).Should().Contain("tijdelijk geblokkeerd").And.NotContain("uitgeschakeld");
        using var check = app.Factory.Services.CreateScope();
        var reloaded = await check.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id);
        reloaded!.LockoutEnd.Should().BeAfter(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task After_logging_out_a_copy_of_the_login_cookie_no_longer_works()
    {
        await app.Factory.CreateUserAsync("uitloggen@nvzh.example", Roles.Staff);
        var (client, cookies) = await SignInWithVisibleCookiesAsync("uitloggen@nvzh.example");
        var page = await client.GetStringAsync("/");
        var stolenCookie = cookies.GetCookieHeader(app.Factory.BaseAddress);
        stolenCookie.Should().Contain("nvzh.auth=");
        (await ReplayAsync(stolenCookie, "/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the user is signed in");

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["ReturnUrl"] = "/",
        }));
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await ReplayAsync(stolenCookie, "/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var pageWithCopy = await ReplayAsync(stolenCookie, "/");
        pageWithCopy.StatusCode.Should().Be(HttpStatusCode.Redirect);
        pageWithCopy.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task Logging_out_keeps_the_login_of_an_address_that_logs_in_again()
    {
        await app.Factory.CreateUserAsync("opnieuw@nvzh.example", Roles.Staff);
        var first = await app.Factory.CreateSignedInClientAsync("opnieuw@nvzh.example");
        var page = await first.GetStringAsync("/");
        await first.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
        }));

        var again = await app.Factory.CreateSignedInClientAsync("opnieuw@nvzh.example");

        (await again.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>A client that keeps its cookies where the test can read them, signed in through the login form.</summary>
    private async Task<(HttpClient Client, CookieContainer Cookies)> SignInWithVisibleCookiesAsync(string email)
    {
        var cookies = new CookieContainer();
        var client = app.Factory.CreateDefaultClient(app.Factory.BaseAddress, new CookieContainerHandler(cookies));
        (await SurveyAppFactory.LoginAsync(client, email, SurveyAppFactory.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (client, cookies);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookieHeader, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookieHeader);
        return await app.Factory.CreateDefaultClient(app.Factory.BaseAddress).SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
