using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>Bearer API tokens: ReadReports only reads editions, questionnaires and reports; Full does everything.</summary>
[Collection(ApiCollection.Name)]
public class TokenScopeTests(ApiFixture api)
{
    [Theory]
    [InlineData("/api/v1/editions")]
    [InlineData("/api/v1/editions/2024/questionnaire")]
    [InlineData("/api/v1/editions/2024/report")]
    public async Task A_read_only_token_reads_editions_questionnaires_and_reports(string path)
    {
        var client = await api.TokenClientAsync(ApiTokenScope.ReadReports);

        (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/v1/editions/2024/responses")]
    [InlineData("/api/v1/editions/2024/responses.csv")]
    [InlineData("/api/v1/editions/2024/responses.xlsx")]
    public async Task A_read_only_token_never_reaches_the_answers_of_member_organisations(string path)
    {
        var client = await api.TokenClientAsync(ApiTokenScope.ReadReports);

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("demo-01");
    }

    [Fact]
    public async Task The_report_a_read_only_token_gets_holds_figures_not_organisations()
    {
        var client = await api.TokenClientAsync(ApiTokenScope.ReadReports);
        await using var db = api.CreateDbContext();
        var organisations = await db.Organisations.Select(o => new { o.Key, o.Name }).ToListAsync();

        var report = await client.GetStringAsync("/api/v1/editions/2024/report");

        report.Should().Contain("\"participating\":25");
        organisations.Should().OnlyContain(o => !report.Contains(o.Key) && !report.Contains(o.Name));
    }

    [Fact]
    public async Task A_read_only_token_cannot_import_or_create_editions_and_nothing_is_written()
    {
        var client = await api.TokenClientAsync(ApiTokenScope.ReadReports);
        var before = await api.CountRowsAsync();

        var import = await client.PostAsync("/api/v1/editions/2025/responses/import", ApiSamples.Json(ApiSamples.Batch(ApiSamples.Organisation("read-01"))));
        var edition = await client.PostAsJsonAsync("/api/v1/editions", new { year = 2050, copyQuestionnaireFrom = 2024, membersTotal = 1, locationsAllMembers = 1 });

        import.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        edition.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_bootstrap_token_has_full_scope_and_its_name_is_in_the_audit()
    {
        var client = await api.TokenClientAsync(null, ApiFixture.BootstrapToken);

        var import = await client.PostAsync("/api/v1/editions/2025/responses/import", ApiSamples.Json(ApiSamples.Batch(ApiSamples.Organisation("token-01"))));
        var export = await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/2025/responses");

        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        export.GetProperty("organisations").EnumerateArray().Should().Contain(o => o.GetProperty("key").GetString() == "token-01");
        await using var db = api.CreateDbContext();
        var response = await db.Responses.SingleAsync(r => r.Organisation!.Key == "token-01");
        response.LastChangedBy.Should().Be("API-token Bootstrap (configuratie)");
        (await db.AuditEntries.AnyAsync(a => a.ResponseId == response.Id && a.UserName == "API-token Bootstrap (configuratie)")).Should().BeTrue();
    }

    [Fact]
    public async Task An_unknown_or_revoked_token_gets_401()
    {
        var unknown = await api.TokenClientAsync(null, "nvzh_not-a-real-token");
        var revoked = await api.TokenClientAsync(ApiTokenScope.Full);
        await using (var db = api.CreateDbContext())
        {
            await db.ApiTokens.Where(t => t.Name == "api-test Full").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow));
        }

        var first = await unknown.GetAsync("/api/v1/editions");
        var second = await revoked.GetAsync("/api/v1/editions/2024/responses");

        first.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        second.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ApiFixture.ProblemAsync(first)).GetProperty("title").GetString().Should().Be("Niet aangemeld");
    }
}
