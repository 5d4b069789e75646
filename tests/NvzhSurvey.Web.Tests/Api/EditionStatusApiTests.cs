using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class EditionStatusApiTests(ApiFixture api)
{
    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, int year, string status) =>
        client.PostAsJsonAsync($"/api/v1/editions/{year}/status", new { status });

    [Fact]
    public async Task Every_status_change_is_allowed_or_refused_with_409_by_the_state_machine()
    {
        await api.CreateEditionAsync(2061);
        var full = await api.TokenClientAsync(ApiTokenScope.Full);

        (await MoveAsync(full, 2061, "published")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await MoveAsync(full, 2061, "closed")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await MoveAsync(full, 2061, "open")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MoveAsync(full, 2061, "published")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await MoveAsync(full, 2061, "closed")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MoveAsync(full, 2061, "open")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MoveAsync(full, 2061, "closed")).StatusCode.Should().Be(HttpStatusCode.OK);
        var published = await MoveAsync(full, 2061, "published");
        published.StatusCode.Should().Be(HttpStatusCode.OK);
        (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("published");
        var refused = await MoveAsync(full, 2061, "open");
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ApiFixture.ProblemAsync(refused)).GetProperty("detail").GetString().Should().Contain("kan niet naar");
        (await MoveAsync(full, 2061, "gesloten")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await MoveAsync(full, 1999, "open")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_full_tokens_and_staff_change_a_status()
    {
        await api.CreateEditionAsync(2062);

        (await MoveAsync(await api.TokenClientAsync(ApiTokenScope.ReadReports), 2062, "open")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await MoveAsync(api.Board, 2062, "open")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await MoveAsync(api.Staff, 2062, "open")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Below_five_answers_readers_and_the_board_get_the_message_and_staff_the_figure_marked_and_provisional()
    {
        await api.CreateEditionAsync(2063); // no completed responses: n = 0

        async Task<JsonElement> FteAsync(HttpClient client)
        {
            var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/editions/2063/report");
            report.GetProperty("provisional").GetBoolean().Should().BeTrue();
            return report.GetProperty("chapters").EnumerateArray().SelectMany(c => c.GetProperty("questions").EnumerateArray())
                .Single(q => q.GetProperty("key").GetString() == "fte");
        }

        foreach (var reader in new[] { api.Board, await api.TokenClientAsync(ApiTokenScope.ReadReports) })
        {
            var fte = await FteAsync(reader);
            fte.GetProperty("message").GetString().Should().Be("Te weinig antwoorden (minder dan 5)");
            fte.TryGetProperty("total", out _).Should().BeFalse();
        }

        foreach (var staff in new[] { api.Staff, await api.TokenClientAsync(ApiTokenScope.Full) })
        {
            var fte = await FteAsync(staff);
            fte.GetProperty("below_minimum").GetBoolean().Should().BeTrue();
            fte.TryGetProperty("total", out _).Should().BeTrue();
        }
    }
}
