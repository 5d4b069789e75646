using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>The import endpoint with good and bad input; every refused import leaves the row counts unchanged.</summary>
[Collection(ApiCollection.Name)]
public class ImportApiTests(ApiFixture api)
{
    private const string Import2025 = "/api/v1/editions/2025/responses/import";

    private async Task<HttpResponseMessage> RefusedAsync(string body, HttpStatusCode status, string path = Import2025)
    {
        var before = await api.CountRowsAsync();
        var response = await api.Staff.PostAsync(path, ApiSamples.Json(body));
        response.StatusCode.Should().Be(status, await response.Content.ReadAsStringAsync());
        (await api.CountRowsAsync()).Should().Be(before, "a refused import writes nothing");
        return response;
    }

    [Fact]
    public async Task A_valid_batch_is_imported_and_importing_it_again_changes_nothing()
    {
        var body = ApiSamples.Batch(ApiSamples.Organisation("ok-01"), ApiSamples.Organisation("ok-02"));

        var first = await api.Staff.PostAsync(Import2025, ApiSamples.Json(body));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await first.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("organisationsCreated").GetInt32().Should().Be(2);
        result.GetProperty("responsesCreated").GetInt32().Should().Be(2);
        var before = await api.CountRowsAsync();

        var second = await api.Staff.PostAsync(Import2025, ApiSamples.Json(body));

        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32().Should().Be(2);
        (await api.CountRowsAsync()).Should().Be(before);
        await using var db = api.CreateDbContext();
        var response = await db.Responses.SingleAsync(r => r.Organisation!.Key == "ok-01" && r.Edition!.Year == 2025);
        response.LastChangedBy.Should().Be(ApiFixture.StaffEmail);
        (await db.AuditEntries.AnyAsync(a => a.ResponseId == response.Id && a.UserName == ApiFixture.StaffEmail)).Should().BeTrue();
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var before = await api.CountRowsAsync();

        var response = await api.Staff.PostAsync(Import2025 + "?dryRun=true", ApiSamples.Json(ApiSamples.Batch(ApiSamples.Organisation("dry-01"))));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        result.GetProperty("organisations")[0].GetProperty("organisation").GetString().Should().Be("created");
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Malformed_JSON_is_refused_with_the_position_of_the_error()
    {
        var response = await RefusedAsync("""{ "organisations": [ { "key": "bad-01", "name": "x", } ] """, HttpStatusCode.BadRequest);

        var errors = await ApiFixture.ErrorsAsync(response);
        errors.Single().Should().StartWith("organisations[0]").And.Contain("Ongeldige JSON").And.Contain("regel 1");
    }

    [Fact]
    public async Task A_value_of_the_wrong_JSON_type_outside_the_answers_is_refused_with_its_path()
    {
        var response = await RefusedAsync("""{ "organisations": [ { "key": "bad-02", "name": "x", "locations": "Utrecht" } ] }""", HttpStatusCode.BadRequest);

        (await ApiFixture.ErrorsAsync(response)).Single().Should().StartWith("organisations[0].locations: Ongeldige JSON");
    }

    [Fact]
    public async Task Unknown_question_and_option_keys_are_refused()
    {
        var body = ApiSamples.Batch(
            ApiSamples.Organisation("bad-03", extraAnswers: """, "favourite_colour": "blue" """),
            ApiSamples.Organisation("bad-04", ageGroups: """["adults", "toddlers"]"""));

        var response = await RefusedAsync(body, HttpStatusCode.BadRequest);

        var problem = await ApiFixture.ProblemAsync(response);
        problem.GetProperty("title").GetString().Should().Be("De import is geweigerd; er is niets opgeslagen");
        problem.GetProperty("detail").GetString().Should().Contain("organisations[1].response.answers.age_groups[1]: onbekende optie 'toddlers'");
        (await ApiFixture.ErrorsAsync(response)).Should().BeEquivalentTo(
        [
            "organisations[0].response.answers.favourite_colour: Onbekende vraag 'favourite_colour' in de vragenlijst van 2025.",
            "organisations[1].response.answers.age_groups[1]: Onbekende optie 'toddlers' bij vraag 'age_groups'; kies uit adults, youth, young_adults.",
        ]);
    }

    [Fact]
    public async Task A_string_where_a_number_belongs_is_refused()
    {
        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("bad-05", fte: "\"8,75\"")), HttpStatusCode.BadRequest);

        (await ApiFixture.ErrorsAsync(response)).Should().Equal(
            "organisations[0].response.answers.fte: Verwacht een getal, geen tekst (schrijf 8.75, niet \"8,75\").");
    }

    [Theory]
    [InlineData("-1", "Moet 0 of meer zijn.")]
    [InlineData("1e9", "Dit getal is onwaarschijnlijk groot; controleer de invoer.")]
    [InlineData("1e40", "Dit getal is onwaarschijnlijk groot; controleer de invoer.")]
    [InlineData("8.755", "Gebruik maximaal twee decimalen.")]
    public async Task Negative_absurd_or_too_precise_numbers_are_refused(string fte, string message)
    {
        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("bad-06", fte: fte)), HttpStatusCode.BadRequest);

        (await ApiFixture.ErrorsAsync(response)).Should().Equal($"organisations[0].response.answers.fte: {message}");
    }

    [Fact]
    public async Task Every_error_of_a_batch_is_listed_and_the_good_organisations_are_not_stored_either()
    {
        var body = ApiSamples.Batch(
            ApiSamples.Organisation("mix-01"),
            ApiSamples.Organisation("mix-02", fte: "-2"),
            ApiSamples.Organisation("mix-03"),
            ApiSamples.Organisation("mix-04", fte: "1e9"));

        var response = await RefusedAsync(body, HttpStatusCode.BadRequest);

        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString().Should().Be(
            "organisations[1].response.answers.fte: moet 0 of meer zijn\n"
            + "organisations[3].response.answers.fte: dit getal is onwaarschijnlijk groot; controleer de invoer");
        await using var db = api.CreateDbContext();
        (await db.Organisations.AnyAsync(o => o.Key.StartsWith("mix-"))).Should().BeFalse();
    }

    [Fact]
    public async Task A_duplicate_organisation_key_in_one_batch_is_refused()
    {
        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("dup-01"), ApiSamples.Organisation("dup-01")), HttpStatusCode.BadRequest);

        (await ApiFixture.ErrorsAsync(response)).Should().Equal("organisations[1].key: De sleutel 'dup-01' komt al voor bij organisations[0].");
    }

    [Fact]
    public async Task A_20_MB_body_is_refused_with_413()
    {
        var padding = new string(' ', 20 * 1024 * 1024);
        var body = ApiSamples.Batch(ApiSamples.Organisation("big-01")) + padding;

        var response = await RefusedAsync(body, HttpStatusCode.RequestEntityTooLarge);

        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString().Should().Be("Het verzoek is groter dan 10 MB.");
    }

    [Fact]
    public async Task A_body_that_is_neither_JSON_nor_a_spreadsheet_is_refused_with_415()
    {
        var before = await api.CountRowsAsync();

        var response = await api.Staff.PostAsync(Import2025, new StringContent("key;name", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unknown_edition_is_404()
    {
        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("none-01")), HttpStatusCode.NotFound,
            "/api/v1/editions/2099/responses/import");

        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString().Should().Be("Editie 2099 bestaat niet.");
    }

    [Fact]
    public async Task A_closed_edition_is_409()
    {
        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("closed-01")), HttpStatusCode.Conflict,
            "/api/v1/editions/2024/responses/import");

        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString()
            .Should().Be("Editie 2024 is gepubliceerd; de antwoorden kunnen niet meer worden gewijzigd.");
    }

    [Fact]
    public async Task A_published_edition_is_409()
    {
        await api.CreateEditionAsync(2041);
        await using (var db = api.CreateDbContext())
        {
            await db.Editions.Where(e => e.Year == 2041).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Published));
        }

        var response = await RefusedAsync(ApiSamples.Batch(ApiSamples.Organisation("published-01")), HttpStatusCode.Conflict,
            "/api/v1/editions/2041/responses/import");

        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString()
            .Should().Be("Editie 2041 is gepubliceerd; de antwoorden kunnen niet meer worden gewijzigd.");
    }

    [Fact]
    public async Task Export_then_import_round_trips()
    {
        await api.CreateEditionAsync(2042);
        var exported2024 = await api.Staff.GetStringAsync("/api/v1/editions/2024/responses");

        var import = await api.Staff.PostAsync("/api/v1/editions/2042/responses/import", ApiSamples.Json(exported2024));

        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("responsesCreated").GetInt32().Should().Be(25);
        var exported2042 = await api.Staff.GetStringAsync("/api/v1/editions/2042/responses");
        exported2042.Should().Be(exported2024);
        var before = await api.CountRowsAsync();
        var again = await api.Staff.PostAsync("/api/v1/editions/2042/responses/import", ApiSamples.Json(exported2042));
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32().Should().Be(25);
        (await api.CountRowsAsync()).Should().Be(before);
    }
}
