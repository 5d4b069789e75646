using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Questionnaires;

public class Questionnaire2024Tests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly Dictionary<string, QuestionKind> KindOfFigureType = new()
    {
        ["single"] = QuestionKind.SingleChoice,
        ["multi"] = QuestionKind.MultipleChoice,
        ["integer_buckets"] = QuestionKind.IntegerBuckets,
        ["founded_year_buckets"] = QuestionKind.FoundedYearBuckets,
        ["locations"] = QuestionKind.LocationCount,
        ["money"] = QuestionKind.Money,
        ["decimal"] = QuestionKind.Decimal,
    };

    [Fact]
    public async Task The_2024_questionnaire_has_exactly_the_questions_and_options_of_the_publication()
    {
        await SeedDemoDataAsync();
        using var figures = TestData.Figures2024();
        await using var db = CreateDbContext();
        var sections = await db.Sections.Where(s => s.Edition!.Year == 2024).OrderBy(s => s.Order)
            .Include(s => s.Questions).ThenInclude(q => q.Options)
            .Include(s => s.Questions).ThenInclude(q => q.TextLists).ToListAsync();

        var chapters = figures.RootElement.GetProperty("chapters").EnumerateArray().ToList();
        sections.Select(s => s.Key).Should().Equal(chapters.Select(c => c.GetProperty("key").GetString()));
        foreach (var (section, chapter) in sections.Zip(chapters))
        {
            chapter.GetProperty("title").GetString().Should().EndWith(section.Title);
            var expectedQuestions = chapter.GetProperty("questions").EnumerateArray().ToList();
            var questions = section.Questions.OrderBy(q => q.Order).ToList();
            questions.Select(q => q.EffectiveReportKey).Should().Equal(expectedQuestions.Select(q => q.GetProperty("key").GetString()));
            foreach (var (question, expected) in questions.Zip(expectedQuestions))
            {
                AssertQuestion(question, expected);
            }
        }
    }

    [Fact]
    public async Task The_founded_year_is_the_input_behind_organisation_age()
    {
        await SeedDemoDataAsync();
        await using var db = CreateDbContext();
        var question = await db.Questions.Include(q => q.Options)
            .SingleAsync(q => q.Section!.Edition!.Year == 2024 && q.Key == "founded_year");

        question.Kind.Should().Be(QuestionKind.FoundedYearBuckets);
        question.EffectiveReportKey.Should().Be("organisation_age");
        question.Options.Single(o => o.Key == "26+").MaxValue.Should().BeNull("the last bucket is open-ended");
    }

    private static void AssertQuestion(Question question, JsonElement expected)
    {
        question.Label.Should().Be(expected.GetProperty("title").GetString());
        question.Kind.Should().Be(KindOfFigureType[expected.GetProperty("type").GetString()!]);
        if (!expected.TryGetProperty("options", out var options))
        {
            question.Options.Should().BeEmpty();
            return;
        }

        var actual = question.Options.OrderBy(o => o.Order).ToList();
        actual.Select(o => (o.Key, o.Label)).Should().Equal(
            options.EnumerateArray().Select(o => (o.GetProperty("key").GetString()!, o.GetProperty("label").GetString()!)),
            $"question {question.Key} has the publication's options in its order");
        if (expected.TryGetProperty("buckets", out var buckets))
        {
            actual.Select(o => (o.MinValue, o.MaxValue)).Should().Equal(buckets.EnumerateArray().Select(b =>
                ((int?)b[0].GetInt32(), b[1].ValueKind == JsonValueKind.Null ? null : (int?)b[1].GetInt32())));
        }

        if (expected.TryGetProperty("also_mentioned_title", out var alsoMentioned))
        {
            question.TextLists.Should().Contain(t => t.Key == "also_mentioned" && t.Title == alsoMentioned.GetString());
        }

        if (expected.TryGetProperty("details_per_option", out _))
        {
            actual.Should().OnlyContain(o => o.HasDetails, "plans and challenges have details per area");
        }
    }
}
