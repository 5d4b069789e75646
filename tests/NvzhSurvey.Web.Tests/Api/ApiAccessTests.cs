using System.Net;

namespace NvzhSurvey.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class ApiAccessTests(ApiFixture api)
{
    [Theory]
    [InlineData("/api/v1/editions")]
    [InlineData("/api/v1/editions/2024/report")]
    [InlineData("/api/v1/editions/2024/responses")]
    public async Task Anonymous_requests_get_401_problem_not_a_login_redirect(string path)
    {
        var response = await api.Factory.CreateBrowserlessClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ApiFixture.ProblemAsync(response)).GetProperty("title").GetString().Should().Be("Niet aangemeld");
    }

    [Fact]
    public async Task An_anonymous_import_is_refused_with_401_and_writes_nothing()
    {
        var before = await api.CountRowsAsync();

        var response = await api.Factory.CreateBrowserlessClient()
            .PostAsync("/api/v1/editions/2025/responses/import", ApiSamples.Json(ApiSamples.Batch(ApiSamples.Organisation("anon-01"))));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_board_reads_editions_and_reports_but_no_responses_and_cannot_import()
    {
        (await api.Board.GetAsync("/api/v1/editions")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.Board.GetAsync("/api/v1/editions/2024/report")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.Board.GetAsync("/api/v1/editions/2024/questionnaire")).StatusCode.Should().Be(HttpStatusCode.OK);

        var export = await api.Board.GetAsync("/api/v1/editions/2024/responses");
        var import = await api.Board.PostAsync("/api/v1/editions/2025/responses/import",
            ApiSamples.Json(ApiSamples.Batch(ApiSamples.Organisation("board-01"))));
        var csv = await api.Board.GetAsync("/api/v1/editions/2024/responses.csv");

        export.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ApiFixture.ProblemAsync(export)).GetProperty("title").GetString().Should().Be("Geen toegang");
        import.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        csv.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_member_cannot_use_the_API()
    {
        (await api.Member.GetAsync("/api/v1/editions")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.Member.GetAsync("/api/v1/editions/2024/responses")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_404_problem()
    {
        var response = await api.Staff.GetAsync("/api/v1/nergens");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ApiFixture.ProblemAsync(response)).GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var response = await api.Factory.CreateBrowserlessClient().GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(
        [
            "/api/v1/editions",
            "/api/v1/editions/{year}/questionnaire",
            "/api/v1/editions/{year}/responses/import",
            "/api/v1/editions/{year}/responses",
            "/api/v1/editions/{year}/report",
            "/api/v1/editions/{year}/responses.csv",
            "/api/v1/editions/{year}/responses.xlsx",
        ]);
        document.RootElement.GetProperty("paths").GetProperty("/api/v1/editions/{year}/responses/import")
            .GetProperty("post").GetProperty("requestBody").GetRawText().Should().Contain("\"organisations\"").And.Contain("\"alsoMentioned\"");
    }
}
