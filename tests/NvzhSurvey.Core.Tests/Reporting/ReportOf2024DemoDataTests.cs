using System.Text.Json;
using System.Text.Json.Nodes;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Reporting;

/// <summary>The report of the 2024 demo data equals the 2024 publication's figures.json, figure by figure.</summary>
public class ReportOf2024DemoDataTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Every_figure_of_the_2024_publication_is_reproduced_from_the_data()
    {
        await SeedDemoDataAsync();
        var report = await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024);
        var actual = ReportJson.Write(report!);
        using var figures = TestData.Figures2024();
        var expected = figures.RootElement;
        var compared = 0;

        actual["edition"]!.GetValue<int>().Should().Be(2024);
        foreach (var property in expected.GetProperty("participation").EnumerateObject())
        {
            actual["participation"]![property.Name]!.GetValue<int>().Should().Be(property.Value.GetInt32(), property.Name);
            compared++;
        }

        var chapters = expected.GetProperty("chapters").EnumerateArray().ToList();
        actual["chapters"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).Should().Equal(chapters.Select(c => c.GetProperty("key").GetString()));
        foreach (var (chapter, index) in chapters.Select((c, i) => (c, i)))
        {
            var actualChapter = actual["chapters"]![index]!;
            actualChapter["title"]!.GetValue<string>().Should().Be(chapter.GetProperty("title").GetString());
            foreach (var question in chapter.GetProperty("questions").EnumerateArray())
            {
                var key = question.GetProperty("key").GetString()!;
                var actualQuestion = actualChapter["questions"]!.AsArray().SingleOrDefault(q => q!["key"]!.GetValue<string>() == key);
                actualQuestion.Should().NotBeNull($"the report has question {key}");
                compared += CompareQuestion(key, question, actualQuestion!);
            }
        }

        compared.Should().BeGreaterThan(250, "every figure of the publication is compared");
    }

    [Fact]
    public async Task Choice_options_are_ordered_by_count_with_ties_in_questionnaire_order_and_buckets_by_bucket()
    {
        await SeedDemoDataAsync();
        var report = await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024);

        report!.Get<ChoiceReport>("age_groups").Options.Select(o => o.Key).Should().Equal("adults", "young_adults", "youth");
        report.Get<ChoiceReport>("partners").Options.Take(2).Select(o => o.Key).Should()
            .Equal(["specialist_mental_health", "volunteer_organisations"], "both have 24; the questionnaire lists specialist care first");
        report.Get<BucketReport>("organisation_age").Buckets.Select(b => b.Key).Should().Equal("0-5", "6-10", "11-15", "16-20", "21-25", "26+");
    }

    [Fact]
    public async Task The_walk_in_online_figure_is_the_corrected_40_percent_not_the_printed_37()
    {
        await SeedDemoDataAsync();
        var report = await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024);

        var online = report!.Get<ChoiceReport>("walk_in").Options.Single(o => o.Key == "online");
        online.Should().BeEquivalentTo(new { Count = 10, Percent = 40 });
        report.Get<BucketReport>("activity_count").Buckets.Single(b => b.Key == "1-4").Percent.Should().Be(40);
    }

    private static int CompareQuestion(string key, JsonElement expected, JsonNode actual)
    {
        var compared = 0;
        actual["type"]!.GetValue<string>().Should().Be(expected.GetProperty("type").GetString(), key);
        actual["title"]!.GetValue<string>().Should().Be(expected.GetProperty("title").GetString(), key);
        if (expected.TryGetProperty("options", out var options))
        {
            // Same options; the order is the report's rule (by count, ties in questionnaire order), which the
            // publication follows everywhere except for age_groups (printed in questionnaire order).
            var actualOptions = actual["options"]!.AsArray().ToDictionary(o => o!["key"]!.GetValue<string>());
            actualOptions.Keys.Should().BeEquivalentTo(options.EnumerateArray().Select(o => o.GetProperty("key").GetString()), key);
            foreach (var option in options.EnumerateArray())
            {
                var because = $"{key}/{option.GetProperty("key").GetString()}";
                var actualOption = actualOptions[option.GetProperty("key").GetString()!]!;
                actualOption["label"]!.GetValue<string>().Should().Be(option.GetProperty("label").GetString(), because);
                actualOption["count"]!.GetValue<int>().Should().Be(option.GetProperty("count").GetInt32(), because);
                actualOption["percent"]!.GetValue<int>().Should().Be(option.GetProperty("percent").GetInt32(), because);
                compared += 2;
            }
        }

        foreach (var name in new[] { "total", "average_per_organisation", "average_per_location", "average_selected_per_organisation", "total_locations" })
        {
            if (expected.TryGetProperty(name, out var value))
            {
                decimal.Parse(actual[name]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(value.GetDecimal(), $"{key}.{name}");
                compared++;
            }
        }

        if (expected.TryGetProperty("buckets", out var buckets))
        {
            actual["buckets"]!.ToJsonString().Should().Be(JsonSerializer.Serialize(buckets), key);
            compared++;
        }

        if (expected.TryGetProperty("distribution", out var distribution))
        {
            actual["distribution"]!.ToJsonString().Should().Be(JsonSerializer.Serialize(distribution), key);
            compared += distribution.GetArrayLength();
        }

        compared += CompareTexts(key, expected, "also_mentioned", actual["also_mentioned"]);
        compared += CompareTexts(key, expected, "external_trainers", TextList(actual, "external_trainers"));
        compared += CompareTexts(key, expected, "creative_mentioned", actual["details_per_option"]?["creative"]);
        if (expected.TryGetProperty("details_per_option", out var details))
        {
            foreach (var option in details.EnumerateObject())
            {
                compared += CompareTexts(key, details, option.Name, actual["details_per_option"]![option.Name]);
            }
        }

        return compared;
    }

    private static JsonNode? TextList(JsonNode question, string listKey) =>
        question["text_lists"]?.AsArray().SingleOrDefault(l => l!["key"]!.GetValue<string>() == listKey)?["texts"];

    private static int CompareTexts(string key, JsonElement expected, string name, JsonNode? actual)
    {
        if (!expected.TryGetProperty(name, out var texts))
        {
            return 0;
        }

        actual.Should().NotBeNull($"{key}.{name}");
        actual!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal(texts.EnumerateArray().Select(t => t.GetString()), $"{key}.{name}");
        return texts.GetArrayLength();
    }
}
