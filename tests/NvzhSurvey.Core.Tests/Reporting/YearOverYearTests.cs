using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Demo;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Tests.Reporting;

public class YearOverYearTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Every_figure_carries_the_previous_editions_value_and_the_change()
    {
        await SeedDemoDataAsync();
        await AnswerEdition2025Async(options => options.Add(new QuestionOption { Key = "online_only", Label = "Alleen online", Order = 99 }));

        var builder = new ReportBuilder(Database.CreateFactory());
        var current = (await builder.BuildAsync(2025))!;
        var previous = (await builder.BuildAsync(2024))!;

        current.PreviousYear.Should().Be(2024);
        current.Participation.Previous.Should().BeEquivalentTo(previous.Participation with { Previous = null });
        foreach (var choice in current.Questions.OfType<ChoiceReport>())
        {
            foreach (var option in choice.Options)
            {
                var before = previous.Get<ChoiceReport>(choice.Key).Options.SingleOrDefault(o => o.Key == option.Key);
                if (before is null)
                {
                    option.Previous.Should().BeNull($"{choice.Key}/{option.Key} did not exist in 2024");
                    continue;
                }

                option.Previous.Should().Be(new PreviousFigure(before.Count, before.Percent, option.Percent - before.Percent), $"{choice.Key}/{option.Key}");
            }
        }

        var fte = current.Get<QuantityReport>("fte");
        fte.Previous.Should().Be(new PreviousQuantity(240.56m, 9.62m, 2.04m));
        current.Get<BucketReport>("organisation_age").Buckets.Should().OnlyContain(b => b.Previous != null);
        current.Get<LocationsReport>("locations").PreviousTotalLocations.Should().Be(118);
        current.Get<ChoiceReport>("funding_sources").PreviousAverageSelected.Should().Be(2.2m);
        current.Get<ChoiceReport>("walk_in").Options.Single(o => o.Key == "online_only").Previous.Should().BeNull();
    }

    [Fact]
    public async Task The_first_edition_has_no_previous_values()
    {
        await SeedDemoDataAsync();

        var report = (await new ReportBuilder(Database.CreateFactory()).BuildAsync(2024))!;

        report.PreviousYear.Should().BeNull();
        report.Participation.Previous.Should().BeNull();
        report.Questions.OfType<ChoiceReport>().SelectMany(c => c.Options).Should().OnlyContain(o => o.Previous == null);
    }

    private async Task AnswerEdition2025Async(Action<List<QuestionOption>> changeWalkInOptions)
    {
        await using var db = CreateDbContext();
        var edition = await db.Editions.Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleAsync(e => e.Year == 2025);
        changeWalkInOptions(edition.Sections.SelectMany(s => s.Questions).Single(q => q.Key == "walk_in").Options);
        await db.SaveChangesAsync();
        var (organisations, responses) = SyntheticData.Create(edition, 30, seed: 2025);
        db.Organisations.AddRange(organisations);
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync();
    }
}
