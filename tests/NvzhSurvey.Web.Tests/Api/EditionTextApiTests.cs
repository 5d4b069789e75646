using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>GET/PUT /api/v1/editions/{year}/texts/{key}: the editor's texts, with its version check.</summary>
[Collection(ApiCollection.Name)]
public class EditionTextApiTests(ApiFixture api)
{
    private const int Year = 2032;

    [Fact]
    public async Task A_text_is_read_and_saved_with_its_version_and_a_stale_version_is_a_conflict()
    {
        var client = await EditionAsync();
        var text = await client.GetFromJsonAsync<JsonElement>($"/api/v1/editions/{Year}/texts/introduction");
        var version = text.GetProperty("version").GetUInt32();
        text.GetProperty("markdown").GetString().Should().Contain("{deelnemers}", "the copied edition has last year's texts");

        var saved = await client.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/introduction", new { markdown = "Nieuwe inleiding voor {jaar}.", version });
        var stale = await client.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/introduction", new { markdown = "Overschreven?", version });
        var again = await client.GetFromJsonAsync<JsonElement>($"/api/v1/editions/{Year}/texts/introduction");

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        var newVersion = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetUInt32();
        newVersion.Should().NotBe(version);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await stale.Content.ReadAsStringAsync()).Should().Contain("intussen door iemand anders gewijzigd");
        again.GetProperty("markdown").GetString().Should().Be("Nieuwe inleiding voor {jaar}.", "the stale save stored nothing");
        again.GetProperty("version").GetUInt32().Should().Be(newVersion);
    }

    [Fact]
    public async Task Unknown_keys_and_years_are_404_and_an_invalid_body_is_400()
    {
        var client = await EditionAsync();

        var unknownKey = await client.GetAsync($"/api/v1/editions/{Year}/texts/voorwoord");
        var unknownYear = await client.GetAsync("/api/v1/editions/1999/texts/introduction");
        var putUnknownKey = await client.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/voorwoord", new { markdown = "x", version = (uint?)null });
        var missing = await client.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/closing", new { version = 1 });
        var tooLong = await client.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/closing", new { markdown = new string('x', 50_001), version = 1 });
        var notJson = await client.PutAsync($"/api/v1/editions/{Year}/texts/closing", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        unknownKey.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknownYear.StatusCode.Should().Be(HttpStatusCode.NotFound);
        putUnknownKey.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync($"/api/v1/editions/{Year}/texts/chapter:people_activities")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_full_tokens_and_staff_use_the_texts()
    {
        await EditionAsync();
        var read = await api.TokenClientAsync(ApiTokenScope.ReadReports);

        (await read.GetAsync($"/api/v1/editions/{Year}/texts/introduction")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await read.PutAsJsonAsync($"/api/v1/editions/{Year}/texts/introduction", new { markdown = "x", version = 1 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.Board.GetAsync($"/api/v1/editions/{Year}/texts/introduction")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.Staff.GetAsync($"/api/v1/editions/{Year}/texts/introduction")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>A Full-token client, with edition <see cref="Year"/> created (with 2024's texts) when it is not there yet.</summary>
    private async Task<HttpClient> EditionAsync()
    {
        var client = await api.TokenClientAsync(ApiTokenScope.Full);
        await client.PostAsJsonAsync("/api/v1/editions", new { year = Year, copyQuestionnaireFrom = 2024, membersTotal = 50, locationsAllMembers = 200 });
        return client;
    }
}
