using System.Net;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>An app of its own with small limits (3 login posts, 3 API calls per minute).</summary>
public sealed class RateLimitedAppFixture : IAsyncLifetime
{
    public SurveyAppFactory Factory { get; } = new()
    {
        SeedDemoData = false,
        Settings =
        {
            ["RateLimiting:Login:PermitLimit"] = "3",
            ["RateLimiting:Api:PermitLimit"] = "3",
            ["Bootstrap:ApiToken"] = RateLimitingTests.ApiToken,
        },
    };

    public Task InitializeAsync() => Factory.StartAsync("nvzh_web_rate");

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public class RateLimitingTests(RateLimitedAppFixture app) : IClassFixture<RateLimitedAppFixture>
{
    public const string ApiToken = "nvzh_ratelimit-test-token-0123456789";

    [Fact]
    public async Task The_fourth_login_attempt_within_a_minute_gets_429_with_a_Dutch_message()
    {
        await app.Factory.CreateUserAsync("snel@nvzh.example", Roles.Staff);
        var client = app.Factory.CreateBrowserlessClient();
        for (var i = 0; i < 3; i++)
        {
            (await SurveyAppFactory.LoginAsync(client, "snel@nvzh.example", "fout-wachtwoord")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var limited = await SurveyAppFactory.LoginAsync(client, "snel@nvzh.example", SurveyAppFactory.Password);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await limited.Content.ReadAsStringAsync()).Should().Contain("Te veel verzoeken");
        (await client.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK, "only form posts are limited");
    }

    [Fact]
    public async Task The_fourth_API_call_within_a_minute_gets_429_problem_json()
    {
        var client = app.Factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiToken);
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var limited = await client.GetAsync("/api/v1/me");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await limited.Content.ReadAsStringAsync()).Should().Contain("Te veel verzoeken");
    }
}
