using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Reporting;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Reporting;

public class SmallNumberTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    /// <summary>The demo's 2024 report with only the first <paramref name="completed"/> responses completed.</summary>
    private async Task<EditionReport> ReportWithAsync(int completed)
    {
        await SeedDemoDataAsync();
        await ExecuteDbContextAsync(async db =>
        {
            var keep = await db.Responses.Where(r => r.Edition!.Year == 2024).OrderBy(r => r.Organisation!.Key).Take(completed).Select(r => r.Id).ToListAsync();
            await db.Responses.Where(r => r.Edition!.Year == 2024 && !keep.Contains(r.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ResponseStatus.Draft));
        });
        return (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024))!;
    }

    [Fact]
    public async Task At_four_answering_organisations_every_figure_is_withheld_from_readers_and_marked_for_staff()
    {
        var report = await ReportWithAsync(4);

        report.BelowMinimum.Should().BeEquivalentTo(report.Questions.Select(q => q.Key));
        report.Suppressed.Should().BeFalse("staff see everything, marked");
        report.Get<QuantityReport>("fte").Total.Should().BeGreaterThan(0);

        var restricted = ReportSuppression.Restrict(report);
        restricted.Get<QuantityReport>("fte").Total.Should().Be(0);
        restricted.Questions.OfType<ChoiceReport>().SelectMany(c => c.Options).Should().OnlyContain(o => o.Count == 0 && o.Percent == 0 && o.Previous == null);
        restricted.Questions.OfType<ChoiceReport>().SelectMany(c => c.TextLists).Should().OnlyContain(l => l.Texts.Count == 0);
        var json = ReportJson.Write(restricted);
        var fte = Question(json, "fte");
        fte["suppressed"]!.GetValue<bool>().Should().BeTrue();
        fte["message"]!.GetValue<string>().Should().Be("Te weinig antwoorden (minder dan 5)");
        fte["total"].Should().BeNull();
        json.ToJsonString().Should().NotContain("\"count\"").And.NotContain("\"also_mentioned\"");
    }

    [Fact]
    public async Task At_five_answering_organisations_the_figures_are_shown_except_a_question_answered_by_fewer()
    {
        var report = await ReportWithAsync(5);
        await ExecuteDbContextAsync(async db =>
        {
            var one = await db.Responses.Where(r => r.Edition!.Year == 2024 && r.Status == ResponseStatus.Completed).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            await db.Answers.Where(a => a.ResponseId == one && db.Questions.Any(q => q.Id == a.QuestionId && q.Key == "revenue")).ExecuteDeleteAsync();
        });
        report = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024))!;

        var restricted = ReportSuppression.Restrict(report);
        restricted.IsSuppressed("fte").Should().BeFalse();
        restricted.Get<QuantityReport>("fte").Total.Should().BeGreaterThan(0);
        restricted.IsSuppressed("revenue").Should().BeTrue("only 4 of the 5 answered it");
        restricted.Get<QuantityReport>("revenue").Total.Should().Be(0);
        Question(ReportJson.Write(report), "revenue")["below_minimum"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task The_minimum_is_configurable()
    {
        await SeedDemoDataAsync();

        var report = (await new ReportBuilder(Database.CreateFactory(), new SmallNumberRule(30)).BuildAsync(2024))!;

        report.MinimumAnswers.Should().Be(30);
        report.BelowMinimum.Should().Contain("fte");
        ReportJson.Write(ReportSuppression.Restrict(report)).ToJsonString().Should().Contain("minder dan 30");
    }

    [Fact]
    public async Task An_unpublished_edition_is_provisional_and_a_published_one_is_not()
    {
        await SeedDemoDataAsync();
        var builder = new ReportBuilder(Database.CreateFactory());

        ReportJson.Write((await builder.BuildAsync(2025))!)["provisional"]!.GetValue<bool>().Should().BeTrue();
        ReportJson.Write((await builder.BuildAsync(2024))!)["provisional"]!.GetValue<bool>().Should().BeFalse();
    }

    private static JsonNode Question(JsonObject json, string key) =>
        json["chapters"]!.AsArray().SelectMany(c => c!["questions"]!.AsArray()).Single(q => q!["key"]!.GetValue<string>() == key)!;
}
