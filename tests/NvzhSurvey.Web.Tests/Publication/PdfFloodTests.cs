using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;

namespace NvzhSurvey.Web.Tests.Publication;

/// <summary>The PDF endpoint cannot exhaust the machine: cache, bounded queue (503) and a limit per identity (429).</summary>
public sealed class PdfFloodTests : IAsyncLifetime
{
    private readonly SurveyAppFactory _app = new()
    {
        Settings =
        {
            ["Publication:ChromiumPath"] = PublicationFixture.ChromiumPath,
            ["RateLimiting:Api:PermitLimit"] = "100000",
        },
    };

    public Task InitializeAsync() => _app.StartAsync("nvzh_flood");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Thirty_parallel_exports_with_a_read_only_token_answer_within_a_minute_and_health_stays_up()
    {
        var client = await TokenClientAsync(ApiTokenScope.ReadReports);
        var health = _app.CreateBrowserlessClient();
        var stopwatch = Stopwatch.StartNew();

        var exports = Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var response = await client.GetAsync("/api/v1/editions/2024/publication.pdf");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter);
        }));
        var healthStatuses = new List<HttpStatusCode>();
        while (!exports.IsCompleted && stopwatch.Elapsed < TimeSpan.FromSeconds(70))
        {
            using var response = await health.GetAsync("/health");
            healthStatuses.Add(response.StatusCode);
            await Task.WhenAny(exports, Task.Delay(250));
        }

        var answers = await exports.WaitAsync(TimeSpan.FromSeconds(5));
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
        answers.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.TooManyRequests || s == HttpStatusCode.ServiceUnavailable);
        answers.Should().Contain(a => a.StatusCode == HttpStatusCode.OK);
        answers.Should().Contain(a => a.StatusCode == HttpStatusCode.TooManyRequests, "one token gets a few exports a minute");
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).Should().OnlyContain(a => a.RetryAfter != null, "refusals say when to try again");
        healthStatuses.Should().NotBeEmpty().And.OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_identity_has_its_own_limit_and_gets_the_cached_pdf()
    {
        var first = await TokenClientAsync(ApiTokenScope.ReadReports);
        for (var i = 0; i < 6; i++)
        {
            (await first.GetAsync("/api/v1/editions/2024/publication.pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await first.GetAsync("/api/v1/editions/2024/publication.pdf");
        var second = await TokenClientAsync(ApiTokenScope.ReadReports);
        var stopwatch = Stopwatch.StartNew();
        var other = await second.GetAsync("/api/v1/editions/2024/publication.pdf");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the same input is served from the cache, not printed again");
    }

    private async Task<HttpClient> TokenClientAsync(ApiTokenScope scope)
    {
        using var services = _app.Services.CreateScope();
        var token = await services.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("flood " + Guid.NewGuid().ToString("N")[..6], scope, "test");
        var client = _app.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Value);
        return client;
    }
}
