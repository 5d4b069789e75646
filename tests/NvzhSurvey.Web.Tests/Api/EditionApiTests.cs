using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace NvzhSurvey.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class EditionApiTests(ApiFixture api)
{
    [Fact]
    public async Task Editions_are_listed_with_status_and_progress()
    {
        var editions = await api.Staff.GetFromJsonAsync<JsonElement>("/api/v1/editions");

        var e2024 = editions.EnumerateArray().Single(e => e.GetProperty("year").GetInt32() == 2024);
        e2024.GetProperty("status").GetString().Should().Be("published");
        e2024.GetProperty("membersTotal").GetInt32().Should().Be(49);
        e2024.GetProperty("completed").GetInt32().Should().Be(25);
        editions.EnumerateArray().Should().Contain(e => e.GetProperty("year").GetInt32() == 2025);
    }

    [Fact]
    public async Task A_new_edition_gets_a_copy_of_the_questionnaire_and_a_second_one_is_a_conflict()
    {
        var response = await api.Staff.PostAsJsonAsync("/api/v1/editions",
            new { year = 2030, copyQuestionnaireFrom = 2024, membersTotal = 52, locationsAllMembers = 230 });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be("/api/v1/editions/2030");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("status").GetString().Should().Be("draft");
        created.GetProperty("membersTotal").GetInt32().Should().Be(52);
        var q2024 = await api.Staff.GetFromJsonAsync<JsonElement>("/api/v1/editions/2024/questionnaire");
        var q2030 = await api.Staff.GetFromJsonAsync<JsonElement>("/api/v1/editions/2030/questionnaire");
        Keys(q2030).Should().Equal(Keys(q2024)).And.Contain("fte");

        var before = await api.CountRowsAsync();
        var again = await api.Staff.PostAsJsonAsync("/api/v1/editions",
            new { year = 2030, copyQuestionnaireFrom = 2024, membersTotal = 1, locationsAllMembers = 1 });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ApiFixture.ProblemAsync(again)).GetProperty("detail").GetString().Should().Be("Editie 2030 bestaat al.");
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_invalid_new_edition_lists_every_problem_and_creates_nothing()
    {
        var before = await api.CountRowsAsync();

        var response = await api.Staff.PostAsJsonAsync("/api/v1/editions",
            new { year = 1800, copyQuestionnaireFrom = 1999, membersTotal = -1, locationsAllMembers = -2 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ApiFixture.ErrorsAsync(response)).Should().BeEquivalentTo(
        [
            "year: Vul een jaar in tussen 2000 en 2100.",
            "membersTotal: Moet 0 of meer zijn.",
            "locationsAllMembers: Moet 0 of meer zijn.",
            "copyQuestionnaireFrom: Editie 1999 bestaat niet.",
        ]);
        (await api.CountRowsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_questionnaire_has_keys_kinds_options_and_buckets()
    {
        var questionnaire = await api.Staff.GetFromJsonAsync<JsonElement>("/api/v1/editions/2024/questionnaire");

        var questions = questionnaire.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray()).ToList();
        var ageGroups = questions.Single(q => q.GetProperty("key").GetString() == "age_groups");
        ageGroups.GetProperty("kind").GetString().Should().Be("multi");
        ageGroups.GetProperty("answer").GetString().Should().Be("options");
        ageGroups.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("key").GetString()).Should().Equal("adults", "youth", "young_adults");
        var activityCount = questions.Single(q => q.GetProperty("key").GetString() == "activity_count");
        activityCount.GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("key").GetString()).Should().Equal("1-4", "5-7", "8-10");
        activityCount.GetProperty("answer").GetString().Should().Be("number");
    }

    [Fact]
    public async Task Each_question_has_its_interview_wording_and_its_publication_title()
    {
        var questionnaire = await api.Staff.GetFromJsonAsync<JsonElement>("/api/v1/editions/2024/questionnaire");

        var questions = questionnaire.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray()).ToList();
        var founded = questions.Single(q => q.GetProperty("key").GetString() == "founded_year");
        founded.GetProperty("question").GetString().Should().Be("In welk jaar is uw organisatie opgericht?");
        founded.GetProperty("title").GetString().Should().StartWith("Leeftijd organisaties");
        questions.Should().OnlyContain(q => q.GetProperty("question").GetString()!.EndsWith('?'));
    }

    [Theory]
    [InlineData("/api/v1/editions/1999/questionnaire")]
    [InlineData("/api/v1/editions/1999/report")]
    [InlineData("/api/v1/editions/1999/responses")]
    public async Task An_unknown_edition_is_a_404_problem(string path)
    {
        var response = await api.Staff.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ApiFixture.ProblemAsync(response)).GetProperty("detail").GetString().Should().Be("Editie 1999 bestaat niet.");
    }

    [Fact]
    public async Task The_report_is_the_figures_json_shape()
    {
        var report = await api.Board.GetFromJsonAsync<JsonElement>("/api/v1/editions/2024/report");

        report.GetProperty("edition").GetInt32().Should().Be(2024);
        report.GetProperty("participation").GetProperty("participating").GetInt32().Should().Be(25);
        report.GetProperty("chapters").GetArrayLength().Should().BeGreaterThan(0);
    }

    private static List<string> Keys(JsonElement questionnaire) => questionnaire.GetProperty("sections").EnumerateArray()
        .SelectMany(s => s.GetProperty("questions").EnumerateArray()).Select(q => q.GetProperty("key").GetString()!).ToList();
}
