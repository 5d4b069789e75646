using System.Net;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class SecurityHeadersTests(AppFixture app)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/")]
    [InlineData("/api/v1/me")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await app.Factory.CreateBrowserlessClient().GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.MatchRegex("script-src 'self' 'nonce-[A-Za-z0-9_-]{22}';").And.Contain("frame-ancestors 'none'")
            .And.Contain("connect-src 'self' ws://localhost wss://localhost").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_of_its_own_response_and_the_nonce_changes_per_request()
    {
        var client = app.Factory.CreateBrowserlessClient();
        var nonces = new List<string>();

        // Many requests: a nonce with a character that HTML encoding changes ('+' in base64) once slipped through.
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync("/Account/Login");
            var nonce = System.Text.RegularExpressions.Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
            (await response.Content.ReadAsStringAsync()).Should().Contain($"<script type=\"importmap\" nonce=\"{nonce}\">");
            nonces.Add(nonce);
        }

        nonces.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Logging_out_without_an_antiforgery_token_is_refused()
    {
        var client = await app.Factory.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the user is still logged in");
    }

    [Fact]
    public async Task The_login_form_without_an_antiforgery_token_is_refused()
    {
        var response = await app.Factory.CreateBrowserlessClient().PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = SurveyAppFactory.AdminEmail,
            ["Input.Password"] = SurveyAppFactory.Password,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_failed_login_or_reset_never_echoes_the_password_in_the_page()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var login = await SurveyAppFactory.LoginAsync(client, SurveyAppFactory.AdminEmail, "Geheim-fout-wachtwoord-123");
        var reset = await StaticForms.PostAsync(client, "/Account/ResetPassword?userId=x&code=eA", "reset-password", new()
        {
            ["Input.Password"] = "Geheim-reset-123",
            ["Input.ConfirmPassword"] = "Geheim-anders-123",
        });

        (await login.Content.ReadAsStringAsync()).Should().Contain("onjuist").And.NotContain("Geheim-fout-wachtwoord-123");
        (await reset.Content.ReadAsStringAsync()).Should().Contain("niet gelijk").And.NotContain("Geheim-reset-123").And.NotContain("Geheim-anders-123");
    }

    [Fact]
    public async Task The_authentication_cookie_is_http_only_and_same_site()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await SurveyAppFactory.LoginAsync(client, SurveyAppFactory.AdminEmail, SurveyAppFactory.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nvzh.auth="));
        cookie.Should().Contain("httponly").And.Contain("samesite=lax");
    }
}
