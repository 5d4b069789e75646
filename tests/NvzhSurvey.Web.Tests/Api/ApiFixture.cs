using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>
/// Its own app and database for the API tests, which import and create editions: the tests of this collection use
/// their own organisation keys and edition years, so they do not depend on each other.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string StaffEmail = "api-medewerker@nvzh.example";
    public const string BoardEmail = "api-bestuur@nvzh.example";
    public const string MemberEmail = "api-lid@nvzh.example";

    /// <summary>Registered as a Full token at start, as <c>Bootstrap__ApiToken</c> does on a fresh install.</summary>
    public const string BootstrapToken = "nvzh_bootstrap-token-for-api-tests";

    public SurveyAppFactory Factory { get; } = new()
    {
        Settings =
        {
            ["Bootstrap:ApiToken"] = BootstrapToken,
            // All test requests come from one address; the API rate limit is tested by the accounts feature.
            ["RateLimiting:Api:PermitLimit"] = "100000",
        },
    };

    public HttpClient Staff { get; private set; } = default!;
    public HttpClient Board { get; private set; } = default!;
    public HttpClient Member { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Factory.StartAsync("nvzh_api");
        await Factory.CreateUserAsync(StaffEmail, Roles.Staff);
        await Factory.CreateUserAsync(BoardEmail, Roles.Board);
        await using (var db = Factory.Database.CreateDbContext())
        {
            await Factory.CreateUserAsync(MemberEmail, Roles.Member, await db.Organisations.Select(o => o.Id).FirstAsync());
        }

        Staff = await Factory.CreateSignedInClientAsync(StaffEmail);
        Board = await Factory.CreateSignedInClientAsync(BoardEmail);
        Member = await Factory.CreateSignedInClientAsync(MemberEmail);
    }

    /// <summary>A client that sends <c>Authorization: Bearer</c> with a new token of the scope (or the given value).</summary>
    public async Task<HttpClient> TokenClientAsync(ApiTokenScope? scope, string? value = null)
    {
        if (scope is { } s)
        {
            using var services = Factory.Services.CreateScope();
            value = (await services.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("api-test " + s, s, "test")).Value;
        }

        var client = Factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", value);
        return client;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public SurveyDbContext CreateDbContext() => Factory.Database.CreateDbContext();

    /// <summary>Row counts of every table an import or edition creation writes.</summary>
    public async Task<string> CountRowsAsync()
    {
        await using var db = CreateDbContext();
        return string.Join(", ",
            $"organisations {await db.Organisations.CountAsync()}",
            $"locations {await db.Locations.CountAsync()}",
            $"responses {await db.Responses.CountAsync()}",
            $"answers {await db.Answers.CountAsync()}",
            $"free texts {await db.FreeTexts.CountAsync()}",
            $"response locations {await db.ResponseLocations.CountAsync()}",
            $"audit {await db.AuditEntries.CountAsync()}",
            $"editions {await db.Editions.CountAsync()}",
            $"questions {await db.Questions.CountAsync()}");
    }

    /// <summary>Creates an edition with the 2024 questionnaire through the API (status draft).</summary>
    public async Task CreateEditionAsync(int year)
    {
        var response = await Staff.PostAsJsonAsync("/api/v1/editions",
            new { year, copyQuestionnaireFrom = 2024, membersTotal = 52, locationsAllMembers = 230 });
        response.EnsureSuccessStatusCode();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The "errors" of a validation problem as "path: message" lines.</summary>
    public static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response);
        return problem.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}")
            .ToList();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
